import { DOMAINS, domainViolation } from '../registry/domain';
import type { Domain } from '../registry/types';
import { MAX_DRAWS } from '../model/parity-percentiles';

/** The inputs an analyst may state as a range: each one a growth-like rate (> −100%). */
export const DRIVERS = ['usage_growth', 'price_change', 'salary_growth', 'uplift'] as const;
export type DriverName = (typeof DRIVERS)[number];

/** The scenario's fixed numbers, by the names a driver expression uses for them. */
export const FIXED_INPUTS = [
  'compute_per_head',
  'salary',
  'loaded_cost',
  'team_size',
  'budget',
  'horizon_months',
] as const;
export type FixedInputName = (typeof FIXED_INPUTS)[number];

/**
 * A scenario with uncertain drivers, as the panel knows it: today's figures (computed by the HC functions
 * the panel already shows) and, for each driver, text the analyst typed — a number (`0.5`), a
 * distribution (`normal(1, 0.3)`) or an expression over the other inputs (`-0.5 * usage_growth`).
 */
export interface UncertainScenario {
  /** Annual compute per engineer today (HC.COMPUTE_PER_HEAD). */
  computePerHead: number;
  /** Base salary: parity is compute per head reaching it. */
  salary: number;
  /** Employer cost of one engineer without compute (HC.LOADED_COST); grows with salary growth. */
  loadedCost: number;
  teamSize: number;
  /** Annual budget for people and compute. */
  budget: number;
  /** Months the projection covers: the fan chart's length and the breakeven headcount's date. */
  horizonMonths: number;
  drivers: Record<DriverName, string | number>;
}

export interface SimulationOptions {
  /** Draws of the whole scenario; default 10,000, at most MAX_DRAWS. */
  draws?: number;
  /** The same seed gives the same summary; default 1. */
  seed?: number;
}

export const DEFAULT_DRAWS = 10_000;

const FIXED_DOMAINS: Record<FixedInputName, Domain> = {
  compute_per_head: DOMAINS.money,
  salary: DOMAINS.money,
  loaded_cost: { min: 0, minExclusive: true },
  team_size: { min: 1, integer: true },
  budget: DOMAINS.money,
  horizon_months: { min: 1, max: 240, integer: true },
};
const OPTION_DOMAINS = {
  draws: { min: 1, max: MAX_DRAWS, integer: true },
  seed: { min: 0, max: 2 ** 32 - 1, integer: true },
} as const satisfies Record<string, Domain>;

/** The fixed inputs by name, in the order of FIXED_INPUTS. */
export function fixedValues(scenario: UncertainScenario): Record<FixedInputName, number> {
  return {
    compute_per_head: scenario.computePerHead,
    salary: scenario.salary,
    loaded_cost: scenario.loadedCost,
    team_size: scenario.teamSize,
    budget: scenario.budget,
    horizon_months: scenario.horizonMonths,
  };
}

/** Why the scenario's numbers or the options cannot be simulated ("salary must be ≥ 0"), or undefined. */
export function scenarioViolation(scenario: UncertainScenario, options: SimulationOptions): string | undefined {
  const checks: [string, unknown, Domain][] = [
    ...Object.entries(fixedValues(scenario)).map(
      ([name, value]) => [name, value, FIXED_DOMAINS[name as FixedInputName]] as [string, unknown, Domain],
    ),
    ['draws', options.draws ?? DEFAULT_DRAWS, OPTION_DOMAINS.draws],
    ['seed', options.seed ?? 1, OPTION_DOMAINS.seed],
  ];
  for (const [name, value, domain] of checks) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a finite number`;
    const rule = domainViolation(value, domain);
    if (rule) return `${name} must ${rule}`;
  }
  return undefined;
}
