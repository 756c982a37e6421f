import { HcError } from '../../src/model/errors';
import { createEngine, evaluateFormula } from '../../src/engine/engine';
import { isEngineError } from '../../src/engine/values';
import type { EngineValue } from '../../src/engine/values';
import { findFunction, runFunction } from '../../src/registry';
import type { FunctionSpec, OutputCell } from '../../src/registry';
import { expectRows } from '../support/expect-output';

const spec = (id: string) => findFunction(id) as FunctionSpec;
const HEADCOUNT_PLAN = spec('HEADCOUNT_PLAN');
const COST_PLAN = spec('COST_PLAN');
const AFFORDABLE_HIRES = spec('AFFORDABLE_HIRES');
const WORKFORCE = [HEADCOUNT_PLAN, COST_PLAN, AFFORDABLE_HIRES];
const months = (count: number, value: number) => Array.from({ length: count }, () => [value]);

describe('workforce functions through the runner', () => {
  it('spill one row per month of the column argument, 2 and 4 columns wide', () => {
    expect(runFunction(HEADCOUNT_PLAN, [10, months(120, 2), 0.1, 3]).map((row) => row.length)).toEqual(
      new Array(120).fill(2),
    );
    expect(runFunction(COST_PLAN, [months(7, 10), 180000, 20000, 1]).map((row) => row.length)).toEqual(
      new Array(7).fill(4),
    );
  });

  it('read blank month cells as no hires, and an omitted ramp as 0', () => {
    expectRows(runFunction(HEADCOUNT_PLAN, [100, [[5], [null], [5]], 0.12]), [
      [104, 104],
      [104 * 0.99, 104 * 0.99],
      [104 * 0.99 * 0.99 + 5, 104 * 0.99 * 0.99 + 5],
    ]);
  });

  it('pass an error in a month cell through to the whole table, naming the column', () => {
    const output = runFunction(HEADCOUNT_PLAN, [10, [[2], [{ code: '#N/A' }], [2]], 0.1]);
    expect(output).toEqual([[new HcError('#N/A', 'hires is #N/A'), new HcError('#N/A', 'hires is #N/A')]]);
    expect(runFunction(COST_PLAN, [[[10], ['ten']], 120000, 0, 0])[0][0]).toEqual(
      new HcError('#VALUE!', 'heads must be a number'),
    );
  });

  it('refuse a range where one value belongs, and negative heads or hires', () => {
    expect(runFunction(HEADCOUNT_PLAN, [[[10], [20]], [[2]], 0.1])[0][0]).toEqual(
      new HcError('#VALUE!', 'start_heads must be a single value'),
    );
    expect(runFunction(COST_PLAN, [[[10]], [[1], [2]], 0, 0])[0]).toHaveLength(4);
    expect(runFunction(HEADCOUNT_PLAN, [10, [[2], [-1]], 0.1])[0][0]).toEqual(
      new HcError('#NUM!', 'hires must be ≥ 0'),
    );
    expect(runFunction(COST_PLAN, [[[-3]], 120000, 0, 0])[0][0]).toEqual(new HcError('#NUM!', 'heads must be ≥ 0'));
    expect(runFunction(HEADCOUNT_PLAN, [10, [[2]], 0.1, -1])[0][0]).toEqual(
      new HcError('#NUM!', 'ramp_months must be ≥ 0'),
    );
  });

  it('keep the #DIV/0! of a month without cost in its own cell', () => {
    const output = runFunction(COST_PLAN, [[[0], [10]], 120000, 24000, 0]);
    expect(output[0]).toEqual([0, 0, 0, new HcError('#DIV/0!', 'total cost of month 1 is 0')]);
    expect(output[1]).toEqual([100000, 20000, 120000, 1 / 6]);
  });

  it('AFFORDABLE_HIRES is element-wise: a range of budgets or constraints spills one answer each', () => {
    expectRows(runFunction(AFFORDABLE_HIRES, [[[3e6, 5e6, 8e6]], 10, 120000, 0, 0, 12]), [[2, 4, 8]]);
    expectRows(
      runFunction(AFFORDABLE_HIRES, [4e6, 10, 120000, 24000, 0, 12, 0, 0, 0, [['total'], ['run_rate'], ['monthly']]]),
      [
        [Math.floor((4e6 - 10 * 144000) / (12000 * 78))],
        [1],
        [{ error: '#VALUE!', message: 'constraint must be "total" or "run_rate"' }],
      ],
    );
    expect(runFunction(AFFORDABLE_HIRES, [5e6, 10, 120000, 0, 0, 12.5])).toEqual([
      [new HcError('#NUM!', 'months must be a whole number between 1 and 1200')],
    ]);
  });
});

/** An engine value against the runner's cell: the same number (to the last bits) or the same error and message. */
function sameCell(engine: EngineValue, runner: OutputCell): void {
  if (typeof runner === 'number') {
    expect(engine).toEqual(expect.any(Number));
    expect(Math.abs((engine as number) - runner)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(runner)));
  } else {
    expect(isEngineError(engine)).toBe(true);
    expect(engine).toMatchObject({ code: runner.code, message: runner.message });
  }
}

describe('workforce functions in the embedded engine (HyperFormula) agree with the runner', () => {
  const engine = createEngine({ Plan: [] });
  const examples = WORKFORCE.flatMap((fn) => fn.examples.map((example) => ({ fn, example })));

  it.each(examples)('$example.formula', ({ fn, example }) => {
    const fromEngine = evaluateFormula(engine, example.formula);
    const fromRunner = runFunction(fn, example.args);
    const [first] = fromRunner[0];
    if (fromRunner.length === 1 && fromRunner[0].every((cell) => cell === first) && typeof first !== 'number') {
      // One error for the whole call: the engine reports it once (and fills the spill with it in a sheet).
      fromEngine.flat().forEach((cell) => sameCell(cell, first));
      return;
    }
    expect([fromEngine.length, fromEngine[0].length]).toEqual([fromRunner.length, fromRunner[0].length]);
    fromRunner.forEach((row, r) => row.forEach((cell, c) => sameCell(fromEngine[r][c], cell)));
  });

  it('chains as a model sheet: HEADCOUNT_PLAN spills into A:B, COST_PLAN costs column A', () => {
    const sheet = createEngine({
      Plan: [
        [
          '=HC.HEADCOUNT_PLAN(10, SEQUENCE(36,1,2,0), 0.1, 3)',
          null,
          null,
          '=HC.COST_PLAN(A1:A36, 180000, 20000, 1, 0, 0.04, 15000)',
        ],
      ],
    });
    const values = sheet.getSheetValues(0);
    expect(values).toHaveLength(36);
    const heads = runFunction(HEADCOUNT_PLAN, [10, months(36, 2), 0.1, 3]);
    const costs = runFunction(COST_PLAN, [heads.map(([count]) => [count]), 180000, 20000, 1, 0, 0.04, 15000]);
    values.forEach((row, r) => {
      heads[r].forEach((cell, c) => sameCell(row[c] as number, cell));
      costs[r].forEach((cell, c) => sameCell(row[3 + c] as number, cell));
    });
  });

  it("sums a constant team's monthly compute to its HC.COMPUTE_SPEND, in a sheet", () => {
    const [[months], [plan]] = [
      evaluateFormula(engine, '=SUM(MMULT(HC.COST_PLAN(SEQUENCE(36,1,50,0), 180000, 20000, 2, -0.3), {0;1;0;0}))'),
      evaluateFormula(engine, '=50 * HC.COMPUTE_SPEND(20000, 2, 36, -0.3)'),
    ];
    expect(Math.abs((months[0] as number) - (plan[0] as number))).toBeLessThanOrEqual(1e-12 * (plan[0] as number));
  });

  it('sizes the spill from the formula as written, and answers a wrong column with one error', () => {
    expect(evaluateFormula(engine, '=ROWS(HC.COST_PLAN(SEQUENCE(120,1,40,0), 180000, 20000, 1))')).toEqual([[120]]);
    expect(evaluateFormula(engine, '=HC.HEADCOUNT_PLAN(10, {2,2,2}, 0.1)')[0][0]).toMatchObject({
      code: '#VALUE!',
      message: 'hires must be a single column',
    });
  });
});
