import * as wrappers from '../../src/functions/functions';
import { invoke } from '../../src/functions/excel-host';
import { FUNCTIONS } from '../../src/registry';

type Wrapper = (...args: unknown[]) => unknown[][] | Promise<unknown[][]>;
const excel = wrappers as unknown as Record<string, Wrapper>;
const asRange = (value: unknown) => (Array.isArray(value) ? value : [[value]]);

describe('generated Excel wrappers', () => {
  it('exist for every registry function, one top-level function each', () => {
    expect(Object.keys(wrappers).sort()).toEqual(FUNCTIONS.map((spec) => spec.id).sort());
  });

  it('return a 1×1 matrix for a scalar call, as Excel passes ranges in', () => {
    expect(excel.TOKENSHARE([[100000]], [[375000]])).toEqual([[100000 / 475000]]);
  });

  it('map omitted optional arguments (null or undefined) to their defaults', async () => {
    expect(excel.LOADED_COST([[375000]], [[0.3]], null, undefined)).toEqual([[487500]]);
    // Functions whose arguments may name a model return a Promise (the price catalogue loads on demand).
    expect(await excel.COMPUTE_PER_HEAD([[10000000]], [[10]], null)).toEqual([[23000]]);
  });

  it('spill a range argument', () => {
    expect(excel.TOKENSHARE([[0], [100000], [375000]], [[375000]])).toEqual([[0], [100000 / 475000], [0.5]]);
  });

  it('turn errors into CustomFunctions.Error, with a message only where Excel shows one', () => {
    const [[value]] = excel.TOKENSHARE([['abc']], [[375000]]) as CustomFunctions.Error[][];
    expect(value).toBeInstanceOf(CustomFunctions.Error);
    expect([value.code, value.message]).toEqual(['#VALUE!', 'compute_per_head must be a number']);
    const [[never]] = excel.MONTHS_TO_PARITY(
      [[100000]],
      [[375000]],
      [[0.03]],
      [[0]],
      [[0.05]],
    ) as CustomFunctions.Error[][];
    expect([never.code, never.message]).toEqual(['#N/A', 'never: compute does not grow faster than salary']);
    const [[num]] = excel.TOKENSHARE([[-1]], [[375000]]) as CustomFunctions.Error[][];
    expect(num.code).toBe('#NUM!');
    expect(num.message).toBe('');
  });

  it('pass an error cell from Excel through to the matching output cell', () => {
    const input = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    const out = excel.TOKENSHARE([[100000], [input]], [[375000]]) as unknown[][];
    expect(out[0][0]).toBe(100000 / 475000);
    expect((out[1][0] as CustomFunctions.Error).code).toBe('#DIV/0!');
  });

  it('answer an unknown id with #VALUE! rather than throwing', () => {
    const [[value]] = invoke('NOPE', []) as CustomFunctions.Error[][];
    expect([value.code, value.message]).toEqual(['#VALUE!', 'unknown function NOPE']);
  });

  it.each(FUNCTIONS.flatMap((spec) => spec.examples.map((example) => [example.formula, spec.id, example] as const)))(
    '%s gives the same numbers through Excel as through the runner',
    async (_formula, id, example) => {
      const out = await excel[id](...example.args.map(asRange));
      const expected = Array.isArray(example.expected) ? example.expected : [[example.expected]];
      expect(out.length).toBe(expected.length);
      out.forEach((row, r) =>
        row.forEach((cell, c) => {
          const want = expected[r][c];
          if (typeof want === 'number') expect(cell as number).toBeCloseTo(want, 6);
          else expect((cell as CustomFunctions.Error).code).toBe(want.error);
        }),
      );
    },
  );
});
