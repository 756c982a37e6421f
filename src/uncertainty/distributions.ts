import type { Random } from '../model/random';

/**
 * The distributions an analyst may write in a driver: `normal(1, 0.3)`, `lognormal(0, 0.5)`,
 * `uniform(0.5, 2)`, `triangular(0.2, 1, 3)`. Each takes its parameters as numbers and draws one value
 * per evaluation from the simulation's seeded source.
 */
export interface Distribution {
  name: string;
  /** How the analyst writes it, for help text and errors. */
  signature: string;
  arity: number;
  /** Why these parameters are invalid (e.g. "sd must be ≥ 0"), or undefined when they are valid. */
  invalid(params: readonly number[]): string | undefined;
  sample(random: Random, params: readonly number[]): number;
}

const nonNegative = (name: string, value: number) => (value >= 0 ? undefined : `${name} must be ≥ 0`);

export const NORMAL: Distribution = {
  name: 'normal',
  signature: 'normal(mean, sd)',
  arity: 2,
  invalid: ([, sd]) => nonNegative('sd', sd),
  sample: (random, [mean, sd]) => mean + sd * random.normal(),
};

/** exp(mu + sigma × Z), as Excel's LOGNORM.INV: `mu` and `sigma` are the mean and sd of the logarithm. */
export const LOGNORMAL: Distribution = {
  name: 'lognormal',
  signature: 'lognormal(mu, sigma)',
  arity: 2,
  invalid: ([, sigma]) => nonNegative('sigma', sigma),
  sample: (random, [mu, sigma]) => Math.exp(mu + sigma * random.normal()),
};

export const UNIFORM: Distribution = {
  name: 'uniform',
  signature: 'uniform(low, high)',
  arity: 2,
  invalid: ([low, high]) => (low <= high ? undefined : 'low must be ≤ high'),
  sample: (random, [low, high]) => low + (high - low) * random.uniform(),
};

/** By its inverse CDF, so one uniform gives one draw. */
export const TRIANGULAR: Distribution = {
  name: 'triangular',
  signature: 'triangular(low, mode, high)',
  arity: 3,
  invalid: ([low, mode, high]) => (low <= mode && mode <= high ? undefined : 'low ≤ mode ≤ high must hold'),
  sample: (random, [low, mode, high]) => {
    const width = high - low;
    const u = random.uniform();
    if (width === 0) return low;
    return u < (mode - low) / width
      ? low + Math.sqrt(u * width * (mode - low))
      : high - Math.sqrt((1 - u) * width * (high - mode));
  },
};

export const DISTRIBUTIONS: readonly Distribution[] = [NORMAL, LOGNORMAL, UNIFORM, TRIANGULAR];
