import { breakevenHeadcount } from '../../src/model/headcount';
import { monthsToParity } from '../../src/model/parity';
import { parityPercentiles } from '../../src/model/parity-percentiles';
import { budgetRunoutMonth, computeRunRate } from '../../src/model/runrate';
import { ExpressionError } from '../../src/uncertainty/sandbox';
import { simulate, SimulationSummary } from '../../src/uncertainty/simulate';
import { scenario } from './support/scenario';

function summaryOf(result: SimulationSummary | ExpressionError): SimulationSummary {
  if (result instanceof ExpressionError) throw new Error(`refused: ${result.message}`);
  return result;
}
const refusalOf = (result: SimulationSummary | ExpressionError) =>
  result instanceof ExpressionError ? result.message : 'accepted';
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('simulate with fixed drivers gives the HC functions’ own values', () => {
  const summary = summaryOf(simulate(scenario(), { draws: 50 }));
  const [c, salary, loaded, team, budget, h] = [100000, 375000, 431250, 10, 6_000_000, 60];
  const point = (value: number) => ({ p10: value, p50: value, p90: value, shareNever: 0 });

  it('months to parity, breakeven and effective headcount at the horizon, budget run-out', () => {
    const heads = breakevenHeadcount(budget, computeRunRate(c, 0.5, h, 0), computeRunRate(loaded, 0.03, h)) as number;
    expect(summary.monthsToParity).toEqual(point(monthsToParity(c, salary, 0.5, 0, 0.03) as number));
    expect(summary.breakevenHeadcountAtHorizon).toEqual(point(heads));
    expect(summary.effectiveHeadcountAtHorizon).toEqual(point(heads * 1.27));
    expect(summary.budgetRunoutMonth).toEqual(
      point(budgetRunoutMonth(budget - team * loaded, team * c, 0.5, 0) as number),
    );
  });

  it('the fan has months 0…horizon with compute per head and salary as COMPUTE_RUN_RATE projects them', () => {
    expect(summary.computePerHeadByMonth).toHaveLength(h + 1);
    expect(summary.computePerHeadByMonth[0]).toEqual({ month: 0, p10: c, p50: c, p90: c });
    expect(relative(summary.computePerHeadByMonth[24].p50, c * 1.5 ** 2)).toBeLessThan(1e-12);
    expect(relative(summary.salaryByMonth[60].p90, salary * 1.03 ** 5)).toBeLessThan(1e-12);
  });

  it('no driver varies, so the tornado is empty and nothing is rejected', () => {
    expect(summary.tornado).toEqual([]);
    expect([summary.accepted, summary.rejected]).toEqual([50, []]);
  });
});

describe('simulate with uncertain drivers', () => {
  it('reproduces PARITY_PERCENTILES when usage growth is the same lognormal (same seed, same normals)', () => {
    const draws = 4000;
    const summary = summaryOf(
      simulate(
        scenario(
          { usage_growth: 'lognormal(log(2), 0.5) - 1', salary_growth: 0 },
          { computePerHead: 125000, salary: 250000 },
        ),
        {
          draws,
          seed: 8,
        },
      ),
    );
    const [p10, p50, p90, never] = parityPercentiles(125000, 250000, 1, 0.5, 0, draws, 8) as number[];
    expect(relative(summary.monthsToParity.p10!, p10)).toBeLessThan(1e-9);
    expect(relative(summary.monthsToParity.p50!, p50)).toBeLessThan(1e-9);
    expect(relative(summary.monthsToParity.p90!, p90)).toBeLessThan(1e-9);
    expect(Math.abs(summary.monthsToParity.shareNever - never)).toBeLessThanOrEqual(1 / draws);
  });

  it('rejects and counts draws of growth at or below −100%, and uses only the others', () => {
    const draws = 5000;
    const summary = summaryOf(simulate(scenario({ usage_growth: 'normal(0, 1)' }), { draws }));
    const [rejection] = summary.rejected;
    expect(rejection).toEqual({ driver: 'usage_growth', reason: 'growth ≤ −100%', draws: draws - summary.accepted });
    const phiMinusOne = 0.15865525393145707;
    expect(Math.abs(rejection.draws / draws - phiMinusOne)).toBeLessThan(
      4 * Math.sqrt((phiMinusOne * (1 - phiMinusOne)) / draws),
    );
    expect(summary.drivers.usage_growth.p10).toBeGreaterThan(-1);
  });

  it('counts draws that are not finite numbers apart', () => {
    const summary = summaryOf(simulate(scenario({ price_change: 'log(normal(0.5, 0.5)) / 10' }), { draws: 2000 }));
    expect(summary.rejected).toEqual([
      { driver: 'price_change', reason: 'not a finite number', draws: expect.any(Number) },
    ]);
    expect(summary.rejected[0].draws).toBeGreaterThan(2000 * 0.1); // P(normal(0.5, 0.5) ≤ 0) = 15.9%
  });

  it('an expression over another driver follows it draw by draw', () => {
    const summary = summaryOf(
      simulate(scenario({ usage_growth: 'normal(1, 0.3)', price_change: '-0.5 * usage_growth' }), { draws: 2001 }),
    );
    const { usage_growth: usage, price_change: price } = summary.drivers;
    expect(relative(price.p50, -0.5 * usage.p50)).toBeLessThan(1e-12);
    expect(relative(price.p10, -0.5 * usage.p90)).toBeLessThan(1e-12);
  });

  it('the fan at month 12 is compute × (1 + usage growth) at each percentile (prices flat)', () => {
    const summary = summaryOf(simulate(scenario({ usage_growth: 'triangular(0.2, 1, 3)' }), { draws: 3000 }));
    const usage = summary.drivers.usage_growth;
    const year = summary.computePerHeadByMonth[12];
    expect(relative(year.p10, 100000 * (1 + usage.p10))).toBeLessThan(1e-9);
    expect(relative(year.p50, 100000 * (1 + usage.p50))).toBeLessThan(1e-9);
    expect(relative(year.p90, 100000 * (1 + usage.p90))).toBeLessThan(1e-9);
  });

  it('the tornado moves one driver from P10 to P90, others at their medians, widest bar first', () => {
    const summary = summaryOf(
      simulate(
        scenario({
          usage_growth: 'normal(1, 0.3)',
          price_change: 'uniform(-0.5, 0)',
          uplift: 'triangular(0, 0.27, 1.26)',
        }),
        { draws: 3000 },
      ),
    );
    const { drivers } = summary;
    const monthsWith = (usage: number, price: number) => monthsToParity(100000, 375000, usage, price, 0.03) as number;
    expect(summary.tornado.map((bar) => bar.driver)).toEqual(['price_change', 'usage_growth', 'uplift']);
    expect(summary.tornado[0]).toEqual({
      driver: 'price_change',
      low: drivers.price_change.p10,
      high: drivers.price_change.p90,
      monthsAtLow: monthsWith(drivers.usage_growth.p50, drivers.price_change.p10),
      monthsAtHigh: monthsWith(drivers.usage_growth.p50, drivers.price_change.p90),
      swing: Math.abs(
        monthsWith(drivers.usage_growth.p50, drivers.price_change.p90) -
          monthsWith(drivers.usage_growth.p50, drivers.price_change.p10),
      ),
    });
    expect(summary.tornado[2].swing).toBe(0); // uplift does not move parity
    expect(summary.effectiveHeadcountAtHorizon.p90!).toBeGreaterThan(summary.breakevenHeadcountAtHorizon.p90!);
  });

  it('a tornado bar that reaches "never" on one side has no finite swing and comes first', () => {
    const summary = summaryOf(
      simulate(scenario({ usage_growth: 'normal(1, 0.3)', price_change: 'uniform(-0.7, 0)' }), { draws: 1000 }),
    );
    expect(summary.tornado[0]).toEqual(
      expect.objectContaining({ driver: 'price_change', monthsAtLow: null, swing: null }),
    );
    expect(summary.monthsToParity.p90).toBeNull();
    expect(summary.monthsToParity.shareNever).toBeGreaterThan(0.1);
  });

  it('is the same for the same seed and differs for another', () => {
    const input = scenario({ usage_growth: 'normal(1, 0.3)' });
    const once = simulate(input, { draws: 500, seed: 3 });
    expect(simulate(input, { draws: 500, seed: 3 })).toEqual(once);
    expect(simulate(input, { draws: 500, seed: 4 })).not.toEqual(once);
  });

  it('reports progress every 1,000 draws, ending with all of them', () => {
    const progress: [number, number][] = [];
    simulate(scenario({ usage_growth: 'normal(1, 0.3)' }), { draws: 2500 }, (done, total) =>
      progress.push([done, total]),
    );
    expect(progress).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('says when the budget does not even cover the team’s loaded cost', () => {
    expect(summaryOf(simulate(scenario({}, { budget: 1_000_000 }), { draws: 10 })).budgetRunoutMonth).toEqual({
      unavailable: 'the budget does not cover the team’s loaded cost',
    });
  });
});

describe('simulate refuses what it cannot use, saying why', () => {
  it.each([
    ['horizon_months must be a whole number between 1 and 240', scenario({}, { horizonMonths: 0 }), {}],
    ['salary must be ≥ 0', scenario({}, { salary: -1 }), {}],
    ['loaded_cost must be > 0', scenario({}, { loadedCost: 0 }), {}],
    ['compute_per_head must be a finite number', scenario({}, { computePerHead: NaN }), {}],
    ['draws must be a whole number between 1 and 100000', scenario(), { draws: 100_001 }],
    ['seed must be a whole number between 0 and 4294967295', scenario(), { seed: 1.5 }],
    ['usage_growth is -1.5: growth ≤ −100%', scenario({ usage_growth: -1.5 }), {}],
    ['uplift: normal(mean, sd): sd must be ≥ 0', scenario({ uplift: 'normal(0, price_change - 1)' }), {}],
    [
      'every draw was rejected (usage_growth: growth ≤ −100%)',
      scenario({ usage_growth: 'uniform(-3, -1)' }),
      { draws: 100 },
    ],
  ])('%s', (message, input, options) => {
    expect(refusalOf(simulate(input, options))).toBe(message);
  });
});
