import { isHcError } from '../../src/model/errors';
import { EXAMPLE_PRICES, BUNDLED_CATALOGUE } from '../../src/prices/bundled';
import { findFunction, runFunction } from '../../src/registry';
import { FormulaTranslator, Translation } from '../../src/share/translate';
import { evaluateNative } from './evaluate-native';

const { 'claude-sonnet-4': sonnet, 'gpt-4o': gpt4o, 'o3@2025-06-01': o3Before } = EXAMPLE_PRICES;
const CATALOGUE = `${BUNDLED_CATALOGUE.package}@${BUNDLED_CATALOGUE.version}`;

function translated(formula: string, cells: Record<string, unknown> = {}): Extract<Translation, { ok: true }> {
  const translator = new FormulaTranslator(undefined, { cellValue: (reference) => cells[reference] });
  const result = translator.translate(formula);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/** The add-in's own value of an HC call (the registry runner), for the same arguments. */
const hcValue = (id: string, args: unknown[]) => runFunction(findFunction(id)!, args);

describe('share-safe copies replace price lookups by the prices they returned', () => {
  it('turns TOKENPRICE with literal arguments into its number and lists it', () => {
    const result = translated('=HC.TOKENPRICE("claude-sonnet-4", "input")');
    expect(result.cells).toEqual([[String(sonnet.input)]]);
    expect(result.replacedPrices).toEqual([
      { model: 'claude-sonnet-4', kind: 'input', price: sonnet.input, catalogue: CATALOGUE },
    ]);
    expect(evaluateNative([], result.cells)).toEqual(hcValue('TOKENPRICE', ['claude-sonnet-4', 'input']));
  });

  it('uses the default kind (the labelled 3:1 blend) and an as_of date, with cells the caller knows', () => {
    const blended = translated('=HC.TOKENPRICE("GPT-4o")');
    expect(blended.replacedPrices).toEqual([
      { model: 'GPT-4o', kind: 'blended', price: gpt4o.input * 0.75 + gpt4o.output * 0.25, catalogue: CATALOGUE },
    ]);
    const dated = translated('=HC.TOKENPRICE(A1, B1, C1)', { A1: 'o3', B1: 'Output', C1: '2025-06-01' });
    expect(dated.cells).toEqual([[String(o3Before.output)]]);
    expect(dated.replacedPrices).toEqual([
      { model: 'o3', kind: 'output', price: o3Before.output, asOf: '2025-06-01', catalogue: CATALOGUE },
    ]);
  });

  it('replaces a model id in a price slot by that slot’s price; the rest of the formula stays live', () => {
    const result = translated('=HC.COMPUTE_PER_HEAD(A1, "claude-sonnet-4")');
    expect(result.cells[0][0]).not.toMatch(/claude|HC\./);
    expect(result.cells[0][0]).toContain('A1');
    const [[native]] = evaluateNative([[10_000_000]], result.cells);
    const [[addIn]] = hcValue('COMPUTE_PER_HEAD', [10_000_000, 'claude-sonnet-4']);
    expect(native).toBeCloseTo(addIn as number, 9);
    expect(native).toBeCloseTo(10 * (sonnet.input * 0.75 + sonnet.output * 0.25) * 230, 9);
    expect(result.replacedPrices).toEqual([
      { model: 'claude-sonnet-4', kind: 'blended', price: 6, catalogue: CATALOGUE },
    ]);
  });

  it('prices each BLENDED_PRICE slot with its own kind, nested in COMPUTE_PER_HEAD, and computes the same value', () => {
    const formula =
      '=HC.COMPUTE_PER_HEAD(100000000, HC.BLENDED_PRICE("claude-sonnet-4", "claude-sonnet-4", 0.05, "claude-sonnet-4", 0.8), 365)';
    const result = translated(formula);
    const [[native]] = evaluateNative([], result.cells);
    const agentMix = sonnet.input * 0.15 + sonnet.output * 0.05 + sonnet.cached * 0.8;
    expect(native).toBeCloseTo(agentMix * 100 * 365, 9);
    expect(result.replacedPrices?.map(({ kind, price }) => [kind, price])).toEqual([
      ['input', sonnet.input],
      ['output', sonnet.output],
      ['cached', sonnet.cached],
    ]);
  });

  it('reads model ids from cells of a range when the caller knows them; numbers stay references', () => {
    const result = translated('=HC.COMPUTE_PER_HEAD(10000000, B1:B2)', { B1: 'gpt-4o', B2: 10 });
    expect(result.cells[0][0]).not.toContain('B1');
    expect(result.cells[1][0]).toContain('INDEX(B1:B2,2,1)');
    const values = evaluateNative(
      [
        [null, 'gpt-4o'],
        [null, 10],
      ],
      result.cells,
    ).map(([value]) => value);
    expect(values).toEqual([hcValue('COMPUTE_PER_HEAD', [1e7, 'gpt-4o'])[0][0], 23000]);
    expect(result.replacedPrices).toHaveLength(1);
  });

  it('lists a price once however often the formula uses it', () => {
    const result = translated('=HC.TOKENPRICE("gpt-4o")+HC.TOKENPRICE("gpt-4o")*2');
    expect(evaluateNative([], result.cells)[0][0]).toBeCloseTo(3 * (gpt4o.input * 0.75 + gpt4o.output * 0.25), 12);
    expect(result.replacedPrices).toHaveLength(1);
  });

  it('gives an unknown model the same error in the copy as in the add-in, and lists nothing', () => {
    for (const formula of ['=HC.TOKENPRICE("claude-sonet-4")', '=HC.COMPUTE_PER_HEAD(1000, "claude-sonet-4")']) {
      const result = translated(formula);
      const [[native]] = evaluateNative([], result.cells);
      expect(native).toMatchObject({ type: 'NA' });
      expect(result.replacedPrices).toBeUndefined();
    }
    const [[addIn]] = hcValue('COMPUTE_PER_HEAD', [1000, 'claude-sonet-4']);
    expect(isHcError(addIn) && addIn.code).toBe('#N/A');
  });

  it('adds no replacedPrices field to formulas without price lookups', () => {
    expect(translated('=HC.COMPUTE_PER_HEAD(A1, 10)')).not.toHaveProperty('replacedPrices');
  });

  it.each([
    ['=HC.TOKENPRICE(A1)', {}, /HC\.TOKENPRICE reads A1, whose value is not known here/],
    ['=HC.TOKENPRICE(LOWER(A1))', { A1: 'GPT-4o' }, /computed argument \(LOWER\(A1\)\)/],
    ['=HC.TOKENPRICE(A1:A2)', {}, /over the range A1:A2 has no native form/],
  ])('refuses %s with a reason', (formula, cells, reason) => {
    const translator = new FormulaTranslator(undefined, { cellValue: (reference) => (cells as never)[reference] });
    const result = translator.translate(formula);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses a model id while the catalogue is not loaded, rather than guessing', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../src/share/translate') as typeof import('../../src/share/translate');
      const result = new fresh.FormulaTranslator().translate('=HC.COMPUTE_PER_HEAD(1000, "gpt-4o")');
      expect(result).toEqual({
        ok: false,
        reason: "the price catalogue is not loaded, so 'gpt-4o' cannot become its price",
      });
    });
  });
});
