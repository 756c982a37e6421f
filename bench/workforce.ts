import type { HyperFormula } from 'hyperformula';
import { createEngine } from '../src/engine/engine';
import { findFunction, runFunction } from '../src/registry';
import type { FunctionSpec } from '../src/registry';
import type { Bench, BenchRow } from './row';
import { timeMs } from './row';

const SCENARIOS = 10_000;
const MONTHS = 120;
/** Usage growth a year, shared by every row; the recalc toggles between the two. */
const GROWTHS = [0.3, 0.5] as const;

/** Scenario `i`'s inputs: start heads, hires a month, attrition, ramp, cost, compute per head, budget. */
function scenario(i: number): number[] {
  return [
    10 + (i % 50),
    1 + (i % 5),
    0.05 + (i % 10) / 100,
    i % 7,
    150000 + (i % 20) * 5000,
    10000 + (i % 30) * 2000,
    3e8 + (i % 100) * 3e7,
  ];
}

/**
 * One scenario row: its 10-year monthly plan chained HEADCOUNT_PLAN → COST_PLAN and summed, the heads
 * of month 120, and the hires a month its budget allows. Usage growth is shared in $K$1, so changing it
 * recalculates every row. MMULT picks a column out of a spill (HyperFormula has no CHOOSECOLS).
 */
function scenarioRow(i: number): (number | string)[] {
  const r = i + 1;
  const plan = `HC.HEADCOUNT_PLAN(A${r},SEQUENCE(${MONTHS},1,B${r},0),C${r},D${r})`;
  return [
    ...scenario(i),
    `=SUM(MMULT(HC.COST_PLAN(MMULT(${plan},{1;0}),E${r},F${r},$K$1),{0;0;1;0}))`,
    `=INDEX(${plan},${MONTHS},1)`,
    `=HC.AFFORDABLE_HIRES(G${r},A${r},E${r},F${r},$K$1,${MONTHS},C${r})`,
    ...(i === 0 ? [GROWTHS[0]] : []),
  ];
}

const spec = (id: string) => findFunction(id) as FunctionSpec;

/** The same three answers per scenario straight through the registry runner, without the engine. */
function runnerRows(growth: number): number[][] {
  const [headcount, cost, affordable] = [spec('HEADCOUNT_PLAN'), spec('COST_PLAN'), spec('AFFORDABLE_HIRES')];
  return Array.from({ length: SCENARIOS }, (_, i) => {
    const [start, hires, attrition, ramp, costPerHead, compute, budget] = scenario(i);
    const plan = runFunction(headcount, [start, Array.from({ length: MONTHS }, () => [hires]), attrition, ramp]);
    const costs = runFunction(cost, [plan.map(([heads]) => [heads]), costPerHead, compute, growth]);
    const total = costs.reduce((sum, row) => sum + (row[2] as number), 0);
    const [[allowed]] = runFunction(affordable, [budget, start, costPerHead, compute, growth, MONTHS, attrition]);
    return [total, plan[MONTHS - 1][0] as number, typeof allowed === 'number' ? allowed : -1];
  });
}

function engineRows(engine: HyperFormula): number[][] {
  return engine.getSheetValues(0).map((row) => [row[7], row[8], typeof row[9] === 'number' ? row[9] : -1] as number[]);
}

function assertSame(engine: number[][], runner: number[][]): void {
  engine.forEach((row, i) =>
    row.forEach((value, c) => {
      if (Math.abs(value - runner[i][c]) > 1e-9 * Math.max(1, Math.abs(runner[i][c]))) {
        throw new Error(`scenario ${i + 1}, column ${c}: engine ${value}, runner ${runner[i][c]}`);
      }
    }),
  );
}

export const workforceBench: Bench = async () => {
  const sheet = Array.from({ length: SCENARIOS }, (_, i) => scenarioRow(i));
  let engine = createEngine({ Plan: sheet });
  const buildMs = timeMs(() => {
    engine = createEngine({ Plan: sheet });
  }, 2);
  assertSame(engineRows(engine), runnerRows(GROWTHS[0]));

  let growth: number = GROWTHS[0];
  const recalcMs = timeMs(() => {
    growth = growth === GROWTHS[0] ? GROWTHS[1] : GROWTHS[0];
    engine.setCellContents({ sheet: 0, row: 0, col: 10 }, growth);
  }, 5);
  assertSame(engineRows(engine), runnerRows(growth));
  const runnerMs = timeMs(() => runnerRows(growth), 5);
  // Closed forms: the longest plan costs what the shortest does.
  const affordable = spec('AFFORDABLE_HIRES');
  const affordableUs = (months: number) =>
    (timeMs(() => {
      for (let i = 0; i < SCENARIOS; i++)
        runFunction(affordable, [3e8 + i, 20, 180000, 20000, 0.5, months, 0.1, 0, 0.04]);
    }, 5) *
      1000) /
    SCENARIOS;
  const [shortPlan, longPlan] = [affordableUs(12), affordableUs(1200)];

  const label = `${SCENARIOS.toLocaleString('en')} scenario rows × ${MONTHS}-month plan`;
  const note = '3 formulas a row: COST_PLAN∘HEADCOUNT_PLAN total, heads at month 120, AFFORDABLE_HIRES';
  const rows: BenchRow[] = [
    { name: `engine: ${label}, load + calc`, value: buildMs, unit: 'ms', note },
    // An analyst changing one shared assumption should wait seconds, not minutes, for 10,000 plans.
    {
      name: `engine: ${label}, recalc (shared growth)`,
      value: recalcMs,
      unit: 'ms',
      target: 5000,
      note: 'warm median',
    },
    { name: `runner: ${label}, no engine`, value: runnerMs, unit: 'ms', note: 'same answers, checked' },
    { name: 'engine recalc ÷ runner', value: recalcMs / runnerMs, unit: '×', note: 'same run' },
    { name: 'AFFORDABLE_HIRES, 1,200-month plan (runner)', value: longPlan, unit: 'µs/call', target: 50 },
    {
      name: 'AFFORDABLE_HIRES: 1,200 months ÷ 12 months',
      value: longPlan / shortPlan,
      unit: '×',
      // A month loop would make this 100×; the closed forms take other branches, not more steps.
      target: 5,
      note: 'closed forms: no month loop',
    },
  ];
  return rows;
};
