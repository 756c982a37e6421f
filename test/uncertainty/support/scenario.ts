import type { UncertainScenario } from '../../../src/uncertainty/scenario';

/** The "$375k + $100k tokens" engineer in a team of 10 with a $6M budget, over five years. */
export function scenario(
  drivers: Partial<UncertainScenario['drivers']> = {},
  fixed: Partial<UncertainScenario> = {},
): UncertainScenario {
  return {
    computePerHead: 100000,
    salary: 375000,
    loadedCost: 431250,
    teamSize: 10,
    budget: 6_000_000,
    horizonMonths: 60,
    ...fixed,
    drivers: { usage_growth: 0.5, price_change: 0, salary_growth: 0.03, uplift: 0.27, ...drivers },
  };
}
