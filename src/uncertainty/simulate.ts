import { breakevenHeadcount } from '../model/headcount';
import { budgetRunoutMonth, computeRunRate } from '../model/runrate';
import { isHcError, Outcome } from '../model/errors';
import { monthsToParity } from '../model/parity';
import { compileDrivers, CompiledDriver } from './drivers';
import { percentileByRank, percentileOfSorted } from '../model/percentile';
import { Random } from '../model/random';
import { ExpressionError } from './sandbox';
import {
  DEFAULT_DRAWS,
  DRIVERS,
  DriverName,
  fixedValues,
  scenarioViolation,
  SimulationOptions,
  UncertainScenario,
} from './scenario';
import { DriverRange, tornado, TornadoBar } from './tornado';

/** P10 / P50 / P90 of one outcome over the accepted draws (PERCENTILE.INC); null = never. */
export interface OutcomeRange {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  /** Share of accepted draws in which it never happens (parity never reached, budget never used up). */
  shareNever: number;
}

/** An outcome that cannot be computed for this scenario, and why. */
export interface Unavailable {
  unavailable: string;
}

export interface MonthRange {
  month: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface Rejection {
  driver: DriverName;
  reason: 'growth ≤ −100%' | 'not a finite number';
  draws: number;
}

export interface SimulationSummary {
  draws: number;
  seed: number;
  /** Draws used: the others had a driver ≤ −100% or not finite, and are counted in `rejected`. */
  accepted: number;
  rejected: Rejection[];
  /** Each driver's P10 / P50 / P90 over the accepted draws. */
  drivers: Record<DriverName, DriverRange>;
  monthsToParity: OutcomeRange;
  /** Budget ÷ (loaded cost + compute per head), both at the horizon. */
  breakevenHeadcountAtHorizon: OutcomeRange;
  /** The breakeven headcount × (1 + uplift): unassisted engineers the budget is worth at the horizon. */
  effectiveHeadcountAtHorizon: OutcomeRange;
  /** Months until the team's compute uses up what the budget leaves after the team's loaded cost. */
  budgetRunoutMonth: OutcomeRange | Unavailable;
  /** The fan chart: annualised compute per head at months 0…horizon. */
  computePerHeadByMonth: MonthRange[];
  /** Salary at months 0…horizon (uncertain when salary growth is). */
  salaryByMonth: MonthRange[];
  /** Which driver moves months to parity most, widest first. */
  tornado: TornadoBar[];
}

/** Called between blocks of draws; `done` of `total` draws evaluated. */
export type ProgressListener = (done: number, total: number) => void;

/** Draws between two progress reports. */
const PROGRESS_BLOCK = 1000;

/**
 * Monte Carlo over the scenario: each draw evaluates every driver once (in dependency order, from one
 * seeded source) and holds it for the whole horizon, as PARITY_PERCENTILES does. A draw with a driver
 * ≤ −100% or not finite is rejected and counted. Each outcome is the HC model function's own value
 * (MONTHS_TO_PARITY, COMPUTE_RUN_RATE, BREAKEVEN_HEADCOUNT, BUDGET_RUNOUT_MONTH). Same scenario, options
 * and seed → the same summary. Returns the refusal instead when an input or expression is unusable.
 */
export function simulate(
  scenario: UncertainScenario,
  options: SimulationOptions = {},
  onProgress?: ProgressListener,
): SimulationSummary | ExpressionError {
  const violation = scenarioViolation(scenario, options);
  if (violation) return new ExpressionError(violation);
  const drivers = compileDrivers(scenario.drivers);
  if (drivers instanceof ExpressionError) return drivers;
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? 1;
  const sampled = sampleDrivers(scenario, drivers, draws, new Random(seed), onProgress);
  if (sampled instanceof ExpressionError) return sampled;
  const { values, accepted, rejected } = sampled;
  if (accepted === 0) {
    return new ExpressionError(
      `every draw was rejected (${rejected.map((r) => `${r.driver}: ${r.reason}`).join('; ')})`,
    );
  }
  return { draws, seed, accepted, rejected, ...outcomes(scenario, values, accepted) };
}

interface Sample {
  /** Per driver, its value in each accepted draw (the first `accepted` entries). */
  values: Record<DriverName, Float64Array>;
  accepted: number;
  rejected: Rejection[];
}

function sampleDrivers(
  scenario: UncertainScenario,
  drivers: readonly CompiledDriver[],
  draws: number,
  random: Random,
  onProgress?: ProgressListener,
): Sample | ExpressionError {
  const scope = new Map<string, number>(Object.entries(fixedValues(scenario)));
  const values = Object.fromEntries(DRIVERS.map((name) => [name, new Float64Array(draws)])) as Record<
    DriverName,
    Float64Array
  >;
  const rejections = new Map<string, Rejection>();
  const reject = (driver: DriverName, reason: Rejection['reason']) => {
    const key = `${driver} ${reason}`;
    const rejection = rejections.get(key) ?? { driver, reason, draws: 0 };
    rejection.draws++;
    rejections.set(key, rejection);
  };
  const reasonAgainst = (value: number): Rejection['reason'] | undefined =>
    !Number.isFinite(value) ? 'not a finite number' : value <= -1 ? 'growth ≤ −100%' : undefined;

  // A driver that no draw changes is evaluated once, and must be usable as it stands.
  for (const driver of drivers.filter((candidate) => !candidate.varies)) {
    const value = evaluateDriver(driver, scope, random);
    if (value instanceof ExpressionError) return value;
    const reason = reasonAgainst(value);
    if (reason) return new ExpressionError(`${driver.name} is ${value}: ${reason}`);
    scope.set(driver.name, value);
  }
  const varying = drivers.filter((driver) => driver.varies);
  let accepted = 0;
  for (let draw = 0; draw < draws; draw++) {
    let usable = true;
    for (const driver of varying) {
      const value = evaluateDriver(driver, scope, random);
      if (value instanceof ExpressionError) return value;
      const reason = reasonAgainst(value);
      if (reason) {
        reject(driver.name, reason);
        usable = false;
        break;
      }
      scope.set(driver.name, value);
    }
    if (usable) {
      for (const name of DRIVERS) values[name][accepted] = scope.get(name)!;
      accepted++;
    }
    if (onProgress && (draw + 1) % PROGRESS_BLOCK === 0 && draw + 1 < draws) onProgress(draw + 1, draws);
  }
  onProgress?.(draws, draws);
  return { values, accepted, rejected: [...rejections.values()] };
}

function evaluateDriver(
  driver: CompiledDriver,
  scope: ReadonlyMap<string, number>,
  random: Random,
): number | ExpressionError {
  try {
    return driver.expression.evaluate(scope, random);
  } catch (error) {
    return new ExpressionError(`${driver.name}: ${(error as Error).message}`);
  }
}

const neverAsInfinity = (outcome: Outcome): number => (isHcError(outcome) ? Infinity : outcome);

/** P10/P50/P90 and the share of never (+Infinity) of `values`, sorted here in place. */
function outcomeRange(values: Float64Array): OutcomeRange {
  values.sort();
  const at = (p: number) => {
    const value = percentileOfSorted(values, p);
    return value === Infinity ? null : value;
  };
  const firstNever = values.indexOf(Infinity);
  const shareNever = firstNever < 0 ? 0 : (values.length - firstNever) / values.length;
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9), shareNever };
}

const sortedCopy = (values: Float64Array): Float64Array => Float64Array.from(values).sort();

/**
 * P10/P50/P90 of `base` grown at each draw's annual rate, at months 0…horizon. At every month the value
 * rises with the rate, so the rates ranked once rank every month's values: two model calls per
 * percentile and month give exactly the percentiles over all draws.
 */
function fan(base: number, sortedGrowth: Float64Array, horizon: number): MonthRange[] {
  const months: MonthRange[] = [];
  for (let month = 0; month <= horizon; month++) {
    const at = (p: number) =>
      percentileByRank(sortedGrowth.length, (rank) => computeRunRate(base, sortedGrowth[rank], month), p);
    months.push({ month, p10: at(0.1), p50: at(0.5), p90: at(0.9) });
  }
  return months;
}

function outcomes(scenario: UncertainScenario, values: Record<DriverName, Float64Array>, accepted: number) {
  const { computePerHead, salary, loadedCost, teamSize, budget, horizonMonths } = scenario;
  const usage = values.usage_growth.subarray(0, accepted);
  const price = values.price_change.subarray(0, accepted);
  const salaryGrowth = values.salary_growth.subarray(0, accepted);
  const uplift = values.uplift.subarray(0, accepted);

  const months = new Float64Array(accepted);
  const heads = new Float64Array(accepted);
  const effective = new Float64Array(accepted);
  const runout = new Float64Array(accepted);
  const spendGrowth = new Float64Array(accepted);
  // What the budget leaves for compute once the team's loaded cost is paid.
  const computeAllowance = budget - teamSize * loadedCost;
  for (let i = 0; i < accepted; i++) {
    months[i] = neverAsInfinity(monthsToParity(computePerHead, salary, usage[i], price[i], salaryGrowth[i]));
    const computeAtHorizon = computeRunRate(computePerHead, usage[i], horizonMonths, price[i]);
    // Loaded cost grows with salary: the same compounding as a run-rate.
    const costAtHorizon = computeRunRate(loadedCost, salaryGrowth[i], horizonMonths);
    heads[i] = neverAsInfinity(breakevenHeadcount(budget, computeAtHorizon, costAtHorizon));
    effective[i] = heads[i] * (1 + uplift[i]);
    if (computeAllowance >= 0) {
      runout[i] = neverAsInfinity(budgetRunoutMonth(computeAllowance, teamSize * computePerHead, usage[i], price[i]));
    }
    spendGrowth[i] = (1 + usage[i]) * (1 + price[i]) - 1;
  }

  const ranges = new Map(
    DRIVERS.map((name) => {
      const sorted = sortedCopy(values[name].subarray(0, accepted));
      const [p10, p50, p90] = [0.1, 0.5, 0.9].map((p) => percentileOfSorted(sorted, p));
      return [name, { p10, p50, p90 }] as const;
    }),
  );
  const monthsAt = (driver: ReadonlyMap<DriverName, number>) => {
    const outcome = monthsToParity(
      computePerHead,
      salary,
      driver.get('usage_growth')!,
      driver.get('price_change')!,
      driver.get('salary_growth')!,
    );
    return isHcError(outcome) ? null : outcome;
  };

  return {
    drivers: Object.fromEntries(ranges) as Record<DriverName, DriverRange>,
    monthsToParity: outcomeRange(months),
    breakevenHeadcountAtHorizon: outcomeRange(heads),
    effectiveHeadcountAtHorizon: outcomeRange(effective),
    budgetRunoutMonth:
      computeAllowance >= 0
        ? outcomeRange(runout)
        : { unavailable: 'the budget does not cover the team’s loaded cost' },
    computePerHeadByMonth: fan(computePerHead, spendGrowth.sort(), horizonMonths),
    salaryByMonth: fan(salary, sortedCopy(salaryGrowth), horizonMonths),
    tornado: tornado(ranges, monthsAt),
  };
}
