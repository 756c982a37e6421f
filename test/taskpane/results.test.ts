import { isHcError } from '../../src/model/errors';
import { DEFAULT_INPUTS, type PlannerInputs } from '../../src/taskpane/planner/inputs';
import { PRESETS } from '../../src/taskpane/planner/presets';
import { computeProjection, computeResults } from '../../src/taskpane/planner/results';
import { displayResult } from '../../src/taskpane/planner/display';

const preset = (id: string): PlannerInputs => ({
  ...DEFAULT_INPUTS,
  ...PRESETS.find((candidate) => candidate.id === id)!.fills,
});

describe('panel results come from the registry functions', () => {
  test('"$375k + $100k tokens": one in five compensation dollars is compute', () => {
    const results = computeResults({ ...preset('tunguz'), loadRate: 0.3 });
    expect(results.computePerHead).toBeCloseTo(100000, 9);
    expect(results.tokenShare).toBeCloseTo(0.2105263157894737, 15);
    expect(results.loadedCost).toBe(487500);
    // BREAKEVEN_HEADCOUNT(5,000,000, 100,000, 487,500) and the catalogue's worked examples' arithmetic.
    expect(results.breakevenHeadcount).toBeCloseTo(5000000 / 587500, 12);
    expect(results.breakevenUplift).toBeCloseTo(100000 / 487500, 12);
    expect(results.effectiveHeadcount).toBeCloseTo((5000000 / 587500) * 1.27, 12);
    expect(results.foregoneWealth).toBeCloseTo(443994.3, 1);
    expect(results.headlinePackage).toBeCloseTo(475000, 6);
    expect(results.wealthPackage).toBe(375000);
  });

  test('"Tokens worth half of salary": compute-to-salary 0.5, parity in 12 months when usage doubles and pay is flat', () => {
    const results = computeResults({ ...preset('half-of-salary'), usageGrowth: 1, salaryGrowth: 0 });
    expect(results.computeToSalary).toBeCloseTo(0.5, 12);
    expect(results.monthsToParity).toBeCloseTo(12, 9);
  });

  test('errors keep the function’s code and message and flow into what depends on them', () => {
    const never = computeResults({ ...DEFAULT_INPUTS, usageGrowth: 0.03, salaryGrowth: 0.05 });
    expect(isHcError(never.monthsToParity) && never.monthsToParity.code).toBe('#N/A');
    expect(displayResult(never.monthsToParity, 'months')).toBe('#N/A never: compute does not grow faster than salary');
    const overBudget = computeResults({ ...DEFAULT_INPUTS, budget: 1000000 });
    expect(displayResult(overBudget.budgetRunoutMonth, 'months')).toBe('#NUM! budget must be ≥ 0');
  });

  test('the projection has a row per month from 0 to the horizon; month 12 doubles compute at 100% growth', () => {
    const inputs = { ...DEFAULT_INPUTS, horizonMonths: 24, usageGrowth: 1, priceChange: 0, salaryGrowth: 0 };
    const rows = computeProjection(inputs, computeResults(inputs));
    expect(rows.map((row) => row.month)).toEqual(Array.from({ length: 25 }, (_, month) => month));
    expect(rows[12].computePerHead).toBeCloseTo(200000, 6);
    expect(rows[12].salary).toBe(375000);
    expect(rows[12].computeToSalary).toBeCloseTo(200000 / 375000, 12);
    expect(rows[12].teamSpend).toBeCloseTo((10 * 100000) / Math.LN2, 4);
  });

  test('every preset fills valid inputs only and names its source', () => {
    for (const candidate of PRESETS) {
      expect(candidate.source.length).toBeGreaterThan(10);
      const results = computeResults(preset(candidate.id));
      expect(isHcError(results.computePerHead)).toBe(false);
    }
  });
});
