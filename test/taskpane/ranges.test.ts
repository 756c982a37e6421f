import { HcError } from '../../src/model/errors';
import { monthsToParity } from '../../src/model/parity';
import { parseRange } from '../../src/taskpane/model-sheet/a1';
import { DEFAULT_INPUTS } from '../../src/taskpane/planner/inputs';
import {
  EMPTY_DRIVER_TEXTS,
  rangeText,
  resultsSheetLayout,
  shareText,
  uncertainScenario,
} from '../../src/taskpane/planner/ranges';
import { computeResults, type Results } from '../../src/taskpane/planner/results';
import { ExpressionError } from '../../src/uncertainty/sandbox';
import { simulate, type SimulationSummary } from '../../src/uncertainty/simulate';
import { FakeWorkbook } from './fake-workbook';

const results = computeResults(DEFAULT_INPUTS);

function summaryOf(result: SimulationSummary | ExpressionError): SimulationSummary {
  if (result instanceof ExpressionError) throw new Error(`refused: ${result.message}`);
  return result;
}

describe('the panel’s scenario for the uncertainty worker', () => {
  test('empty driver texts take the panel’s numbers; typed texts go as typed; today’s figures are the panel’s', () => {
    const scenario = uncertainScenario(DEFAULT_INPUTS, results, {
      ...EMPTY_DRIVER_TEXTS,
      usage_growth: ' normal(1, 0.3) ',
    });
    expect(scenario).toEqual({
      computePerHead: 100000,
      salary: 375000,
      loadedCost: results.loadedCost, // 375000 × 1.15 in floating point
      teamSize: 10,
      budget: 5000000,
      horizonMonths: 36,
      drivers: { usage_growth: 'normal(1, 0.3)', price_change: 0, salary_growth: 0.03, uplift: 0.27 },
    });
  });

  test('a panel result in error is named instead of simulated', () => {
    const broken = { ...results, computePerHead: new HcError('#NUM!', 'tokens_per_day must be ≥ 0') } as Results;
    expect(uncertainScenario(DEFAULT_INPUTS, broken, EMPTY_DRIVER_TEXTS)).toBe(
      'compute per head is #NUM! tokens_per_day must be ≥ 0',
    );
  });

  test('with fixed drivers the simulation gives the panel’s own months to parity', () => {
    const scenario = uncertainScenario(DEFAULT_INPUTS, results, EMPTY_DRIVER_TEXTS);
    if (typeof scenario === 'string') throw new Error(scenario);
    const summary = summaryOf(simulate(scenario, { draws: 20 }));
    const months = monthsToParity(100000, 375000, 1, 0, 0.03) as number;
    expect(summary.monthsToParity).toEqual({ p10: months, p50: months, p90: months, shareNever: 0 });
    expect(results.monthsToParity).toBeCloseTo(months, 12);
  });
});

describe('range texts', () => {
  test('percentiles, never, and small shares', () => {
    expect(rangeText({ p10: 18.94, p50: 24, p90: null, shareNever: 0.125 }, 'months')).toBe(
      'P10 18.9 · P50 24.0 · P90 never months; never in 12.5% of draws',
    );
    expect(rangeText({ unavailable: 'the budget does not cover the team’s loaded cost' }, 'months')).toBe(
      'not available: the budget does not cover the team’s loaded cost',
    );
    expect(shareText(0.0001)).toBe('<0.1%');
    expect(shareText(0)).toBe('0.0%');
  });
});

describe('results sheet', () => {
  const scenario = uncertainScenario(DEFAULT_INPUTS, results, {
    ...EMPTY_DRIVER_TEXTS,
    usage_growth: 'normal(1, 0.3)',
  });
  if (typeof scenario === 'string') throw new Error(scenario);
  const summary = summaryOf(simulate(scenario, { draws: 500, seed: 7 }));
  const layout = resultsSheetLayout(summary, scenario.drivers);

  test('summary rows hold the run’s P10/P50/P90 and share never; the fan table has months 0…horizon', async () => {
    const workbook = new FakeWorkbook({ sheets: { Sheet1: {} }, names: [] });
    const { sheetName } = await workbook.insertSheet(layout);
    expect(sheetName).toBe('HC Ranges');
    const cells = workbook.sheets.get(sheetName)!;
    expect([cells.get('A5'), cells.get('B5'), cells.get('C5'), cells.get('D5'), cells.get('E5')]).toEqual([
      'Months to parity',
      summary.monthsToParity.p10 ?? 'never',
      summary.monthsToParity.p50 ?? 'never',
      summary.monthsToParity.p90 ?? 'never',
      summary.monthsToParity.shareNever,
    ]);
    expect([cells.get('A11'), cells.get('B11')]).toEqual(['usage_growth', 'normal(1, 0.3)']);
    expect(cells.get('A17')).toBe('usage_growth'); // the tornado's widest bar
    expect(layout.names).toEqual([]);
    expect(layout.inputRange).toBeUndefined();
    const months = parseRange(layout.chart.categories);
    expect(months.bottom - months.top).toBe(36);
    expect(cells.get(`A${months.top + 1}`)).toBe(0);
    expect(cells.get(`C${months.bottom + 1}`)).toBe(summary.computePerHeadByMonth[36].p50);
    expect(layout.chart.series.map((series) => series.name)).toEqual(['P10', 'P50', 'P90', 'Salary (P50)']);
  });
});
