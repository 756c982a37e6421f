import { HcError } from '../../src/model/errors';
import { FUNCTIONS, runFunction } from '../../src/registry';
import { BLENDED_PRICE } from '../../src/registry/functions/blended-price';
import { COMPUTE_PER_HEAD } from '../../src/registry/functions/compute-per-head';
import { TOKENPRICE } from '../../src/registry/functions/tokenprice';
import { TOKENS_FOR_BUDGET } from '../../src/registry/functions/tokens-for-budget';
import { needsCatalogue } from '../../src/registry/cells';
import { packagePrice } from './oracle';

const one = (spec: typeof TOKENPRICE, ...args: unknown[]) => {
  const output = runFunction(spec, args);
  expect([output.length, output[0].length]).toEqual([1, 1]);
  return output[0][0];
};

describe('TOKENPRICE', () => {
  it('gives each kind of the catalogue’s price; blended = 3:1 input:output', () => {
    const input = packagePrice('claude-sonnet-4', 'input');
    const output = packagePrice('claude-sonnet-4', 'output');
    expect(one(TOKENPRICE, 'claude-sonnet-4', 'input')).toBeCloseTo(input, 12);
    expect(one(TOKENPRICE, 'claude-sonnet-4', 'Output')).toBeCloseTo(output, 12);
    expect(one(TOKENPRICE, 'claude-sonnet-4', 'cached')).toBeCloseTo(packagePrice('claude-sonnet-4', 'cached'), 12);
    expect(one(TOKENPRICE, 'claude-sonnet-4')).toBeCloseTo(0.75 * input + 0.25 * output, 12);
    expect(one(TOKENPRICE, 'claude-sonnet-4', null, null)).toBeCloseTo(0.75 * input + 0.25 * output, 12);
  });

  it('as_of: an Excel date serial or ISO text picks the price then; "latest" the newest', () => {
    // 45817 = 2025-06-09, the day before o3's price cut; 45818 = 2025-06-10.
    expect(one(TOKENPRICE, 'o3', 'input', 45817)).toBeCloseTo(
      packagePrice('o3', 'input', new Date('2025-06-09T12:00:00Z')),
      12,
    );
    expect(one(TOKENPRICE, 'o3', 'input', 45818)).toBeCloseTo(
      packagePrice('o3', 'input', new Date('2025-06-10T12:00:00Z')),
      12,
    );
    expect(one(TOKENPRICE, 'o3', 'input', '2025-06-09')).toBe(one(TOKENPRICE, 'o3', 'input', 45817));
    expect(one(TOKENPRICE, 'o3', 'input', 'LATEST')).toBe(one(TOKENPRICE, 'o3', 'input'));
    expect(one(TOKENPRICE, 'o3', 'input', 45817.75)).toBe(one(TOKENPRICE, 'o3', 'input', 45817));
  });

  it('bad kind, bad date, numbers and blanks → errors naming the argument', () => {
    expect(one(TOKENPRICE, 'gpt-4o', 'cheap')).toEqual(
      new HcError('#VALUE!', "kind must be input, cached, output or blended, not 'cheap'"),
    );
    const badDate = new HcError('#VALUE!', 'as_of must be a date: an Excel date or text like 2025-06-10');
    expect(one(TOKENPRICE, 'gpt-4o', 'input', '2025-02-30')).toEqual(badDate);
    expect(one(TOKENPRICE, 'gpt-4o', 'input', 'yesterday')).toEqual(badDate);
    expect(one(TOKENPRICE, 'gpt-4o', 'input', -1)).toEqual(new HcError('#NUM!', 'as_of must be ≥ 0'));
    expect(one(TOKENPRICE, 4, 'input')).toEqual(new HcError('#VALUE!', 'model must be text'));
    expect(one(TOKENPRICE, null)).toEqual(new HcError('#VALUE!', 'model is empty: give a model id such as gpt-4o'));
    expect(one(TOKENPRICE, { code: '#REF!' })).toEqual(
      new HcError('#VALUE!', 'model is #REF!, which a function cannot return'),
    );
  });

  it('a range of models spills, one price each, errors in their own cells', () => {
    const output = runFunction(TOKENPRICE, [[['gpt-4o'], ['nope-model'], ['claude-sonnet-4']], 'output']);
    expect(output).toHaveLength(3);
    expect(output[0][0]).toBeCloseTo(packagePrice('gpt-4o', 'output'), 12);
    expect((output[1][0] as HcError).code).toBe('#N/A');
    expect((output[1][0] as HcError).message).toMatch(/^unknown model 'nope-model' — did you mean /);
    expect(output[2][0]).toBeCloseTo(packagePrice('claude-sonnet-4', 'output'), 12);
  });
});

describe('BLENDED_PRICE', () => {
  it('weights input, output and cache reads by their shares of all tokens', () => {
    expect(one(BLENDED_PRICE, 3, 15, 0.25)).toBe(6);
    expect(one(BLENDED_PRICE, 3, 15, 0.05, 0.3, 0.8)).toBeCloseTo(1.44, 12);
    expect(one(BLENDED_PRICE, 3, 15, 0, 0.3, 1)).toBeCloseTo(0.3, 12);
    expect(one(BLENDED_PRICE, 3, 15, 0.25, 0.3)).toBe(6);
  });

  it('a model id in a slot means that slot’s price of the model', () => {
    const [input, output, cached] = (['input', 'output', 'cached'] as const).map((kind) =>
      packagePrice('claude-sonnet-4', kind),
    );
    const mix = input * 0.15 + output * 0.05 + cached * 0.8;
    expect(one(BLENDED_PRICE, 'claude-sonnet-4', 'claude-sonnet-4', 0.05, 'claude-sonnet-4', 0.8)).toBeCloseTo(mix, 12);
    expect(one(BLENDED_PRICE, 'gpt-4o', 'claude-sonnet-4', 0.5)).toBeCloseTo(
      0.5 * packagePrice('gpt-4o', 'input') + 0.5 * output,
      12,
    );
  });

  it('shares outside 0…1 or summing above 1 → #NUM!; a cached share without a cached price → #VALUE!', () => {
    expect(one(BLENDED_PRICE, 3, 15, 1.2)).toEqual(new HcError('#NUM!', 'output_share must be between 0 and 1'));
    expect(one(BLENDED_PRICE, 3, 15, 0.1, 0.3, -0.1)).toEqual(
      new HcError('#NUM!', 'cached_share must be between 0 and 1'),
    );
    expect(one(BLENDED_PRICE, 3, 15, 0.5, 0.3, 0.6)).toEqual(
      new HcError('#NUM!', 'output_share + cached_share must be ≤ 1'),
    );
    expect(one(BLENDED_PRICE, 3, 15, 0.05, null, 0.8)).toEqual(
      new HcError('#VALUE!', 'cached_price is required when cached_share > 0'),
    );
    expect(one(BLENDED_PRICE, 'gpt-4o', 'no-such-model', 0.5)).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/^output_price: unknown model 'no-such-model' — did you mean /),
    });
    expect(one(BLENDED_PRICE, -3, 15, 0.5)).toEqual(new HcError('#NUM!', 'input_price must be ≥ 0'));
  });
});

describe('price arguments of COMPUTE_PER_HEAD and TOKENS_FOR_BUDGET take a model id (its 3:1 blend)', () => {
  const blend = (model: string) => 0.75 * packagePrice(model, 'input') + 0.25 * packagePrice(model, 'output');

  it('COMPUTE_PER_HEAD', () => {
    expect(one(COMPUTE_PER_HEAD, 1_000_000, 'gpt-4o')).toBeCloseTo(blend('gpt-4o') * 230, 9);
    expect(one(COMPUTE_PER_HEAD, 1_000_000, 'gpt-4o', 365)).toBeCloseTo(blend('gpt-4o') * 365, 9);
    expect(one(COMPUTE_PER_HEAD, 1_000_000, 'gpt-4o-typo')).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/^price_per_million: unknown model 'gpt-4o-typo'/),
    });
    expect(one(COMPUTE_PER_HEAD, 1_000_000, TRUE_CELL)).toEqual(
      new HcError('#VALUE!', 'price_per_million must be a number'),
    );
  });

  it('TOKENS_FOR_BUDGET', () => {
    expect(one(TOKENS_FOR_BUDGET, 250_000, 'claude-sonnet-4')).toBeCloseTo(
      (250_000 / 230 / blend('claude-sonnet-4')) * 1e6,
      3,
    );
  });

  it('exactly the functions that may name a model load the catalogue', () => {
    expect(
      FUNCTIONS.filter(needsCatalogue)
        .map((spec) => spec.id)
        .sort(),
    ).toEqual(['BLENDED_PRICE', 'COMPUTE_PER_HEAD', 'TOKENPRICE', 'TOKENS_FOR_BUDGET']);
  });
});

const TRUE_CELL = true;

test('before the catalogue is loaded, a model id gives a clear #N/A (hosts must load it first)', () => {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { modelPrice } = require('../../src/prices/lookup') as typeof import('../../src/prices/lookup');
    expect(modelPrice('gpt-4o', 'input')).toEqual(
      new HcError('#N/A', "the price catalogue is not loaded yet, so 'gpt-4o' has no price"),
    );
  });
});
