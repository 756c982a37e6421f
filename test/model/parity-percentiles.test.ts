import { isHcError } from '../../src/model/errors';
import { monthsToParity } from '../../src/model/parity';
import { MAX_DRAWS, parityPercentiles } from '../../src/model/parity-percentiles';
import { findFunction, runFunction } from '../../src/registry';
import { percentileOfSorted } from '../../src/model/percentile';
import { Random } from '../../src/model/random';

const Z90 = 1.2815515655446004; // standard normal 90th percentile

/**
 * Closed form: one lognormal growth factor per draw makes months a monotone function of Z,
 * months(z) = 12 ln(S/C) ÷ (ln(1 + g) + σz − ln(1 + s)), falling as z rises. So P10 of months (the
 * earliest tenth) is months(+z₀.₉), P50 is months(0), P90 is months(−z₀.₉), and the share never is
 * Φ((ln(1 + s) − ln(1 + g)) ÷ σ).
 */
const closedForm = (c: number, s: number, g: number, sd: number, sg: number, z: number) =>
  (12 * Math.log(s / c)) / (Math.log1p(g) + sd * z - Math.log1p(sg));
/** The z whose closed-form months are `months`: sampling error is then judged on the normal scale. */
const zOf = (c: number, s: number, g: number, sd: number, sg: number, months: number) =>
  ((12 * Math.log(s / c)) / months - Math.log1p(g) + Math.log1p(sg)) / sd;

describe('parityPercentiles against the closed form (100,000 draws)', () => {
  it.each([1, 2, 3])('doubling median, log sd 0.5 (seed %p): P10, P50, P90 at z = +1.28, 0, −1.28', (seed) => {
    const [p10, p50, p90, never] = parityPercentiles(125000, 250000, 1, 0.5, 0, MAX_DRAWS, seed) as number[];
    // Standard error of an empirical quantile of Z near P10/P90 with n = 100,000: ≈ 0.0054; allow 4.
    expect(Math.abs(zOf(125000, 250000, 1, 0.5, 0, p10) - Z90)).toBeLessThan(0.022);
    expect(Math.abs(zOf(125000, 250000, 1, 0.5, 0, p50))).toBeLessThan(0.016);
    expect(Math.abs(zOf(125000, 250000, 1, 0.5, 0, p90) + Z90)).toBeLessThan(0.022);
    expect(p10).toBeLessThan(p50);
    expect(p50).toBeLessThan(p90);
    // Φ(−ln 2 ÷ 0.5) = Φ(−1.3863) = 0.08283
    expect(Math.abs(never - 0.08283)).toBeLessThan(4 * Math.sqrt((0.08283 * 0.91717) / MAX_DRAWS));
  });

  it('P10 and P50 match the closed form in months too (P90 is too steep in z for that: see above)', () => {
    const [p10, p50] = parityPercentiles(125000, 250000, 1, 0.5, 0, MAX_DRAWS) as number[];
    expect(p10).toBeCloseTo(closedForm(125000, 250000, 1, 0.5, 0, Z90), 1); // 6.235
    expect(p50).toBeCloseTo(closedForm(125000, 250000, 1, 0.5, 0, 0), 0); // 12
  });

  it('a percentile among the never-reaching draws is #N/A "never"; the share never is Φ(−1)', () => {
    const sd = Math.log(1.5 / 1.03); // the median draw outgrows salary by exactly one sd
    const [p10, p50, p90, never] = parityPercentiles(100000, 375000, 0.5, sd, 0.03, MAX_DRAWS, 5);
    expect(Math.abs(zOf(100000, 375000, 0.5, sd, 0.03, p10 as number) - Z90)).toBeLessThan(0.022);
    expect(Math.abs(zOf(100000, 375000, 0.5, sd, 0.03, p50 as number))).toBeLessThan(0.016);
    expect(p90).toEqual(
      expect.objectContaining({ code: '#N/A', message: 'never: P90 falls among the draws that never reach parity' }),
    );
    const phiMinusOne = 0.15865525393145707;
    expect(Math.abs((never as number) - phiMinusOne)).toBeLessThan(
      4 * Math.sqrt((phiMinusOne * (1 - phiMinusOne)) / MAX_DRAWS),
    );
  });
});

describe('parityPercentiles draw by draw', () => {
  it('equals MONTHS_TO_PARITY computed for every draw, sorted, with PERCENTILE.INC', () => {
    const [c, s, g, sd, sg, draws, seed] = [100000, 375000, 0.5, 0.4, 0.03, 2001, 17];
    const random = new Random(seed);
    const months = Float64Array.from({ length: draws }, () => {
      const outcome = monthsToParity(c, s, (1 + g) * Math.exp(sd * random.normal()) - 1, 0, sg);
      return isHcError(outcome) ? Infinity : outcome;
    }).sort();
    const bruteForce = [0.1, 0.5, 0.9].map((p) => percentileOfSorted(months, p));
    const result = parityPercentiles(c, s, g, sd, sg, draws, seed);
    bruteForce.forEach((value, index) => {
      if (value === Infinity) expect(isHcError(result[index])).toBe(true);
      else expect(Math.abs((result[index] as number) - value)).toBeLessThanOrEqual(1e-12 * value);
    });
    expect(result[3]).toBe(months.filter((m) => m === Infinity).length / draws);
  });

  it('is the same for the same seed, differs for another, and seed 1 is the default', () => {
    const once = parityPercentiles(125000, 250000, 1, 0.5, 0, 1000, 9);
    expect(parityPercentiles(125000, 250000, 1, 0.5, 0, 1000, 9)).toEqual(once);
    expect(parityPercentiles(125000, 250000, 1, 0.5, 0, 1000, 10)).not.toEqual(once);
    expect(parityPercentiles(125000, 250000, 1, 0.5)).toEqual(parityPercentiles(125000, 250000, 1, 0.5, 0, 10_000, 1));
  });
});

describe('parityPercentiles when every draw is alike', () => {
  it('without spread every percentile is MONTHS_TO_PARITY', () => {
    const months = monthsToParity(100000, 375000, 0.5, 0, 0.03) as number;
    expect(parityPercentiles(100000, 375000, 0.5, 0, 0.03)).toEqual([months, months, months, 0]);
  });

  it('compute already at salary: 0 months in every draw', () => {
    expect(parityPercentiles(300000, 250000, 1, 0.5)).toEqual([0, 0, 0, 0]);
  });

  it('no compute, or no growth over salary without spread: never in every draw', () => {
    const [p10, , , share] = parityPercentiles(0, 250000, 1, 0.5);
    expect(p10).toEqual(expect.objectContaining({ code: '#N/A', message: 'never: compute_per_head is 0' }));
    expect(share).toBe(1);
    expect(parityPercentiles(100000, 375000, 0.03, 0, 0.05)[3]).toBe(1);
  });
});

describe('=HC.PARITY_PERCENTILES through the runner', () => {
  const spec = findFunction('PARITY_PERCENTILES')!;
  const run = (...args: unknown[]) => runFunction(spec, args);
  const errorRow = (code: string, message: string) => [
    Array.from({ length: 4 }, () => expect.objectContaining({ code, message })),
  ];

  it('spills one row of four', () => {
    const output = run(125000, 250000, 1, 0.5);
    expect(output).toHaveLength(1);
    expect(output[0]).toHaveLength(4);
  });

  it.each([
    [[125000, 250000, 1, 0.5, 0, MAX_DRAWS + 1], '#NUM!', `draws must be a whole number between 1 and ${MAX_DRAWS}`],
    [[125000, 250000, 1, 0.5, 0, 0], '#NUM!', `draws must be a whole number between 1 and ${MAX_DRAWS}`],
    [[125000, 250000, 1, 0.5, 0, 10.5], '#NUM!', `draws must be a whole number between 1 and ${MAX_DRAWS}`],
    [[125000, 250000, 1, 0.5, 0, 1000, -1], '#NUM!', 'seed must be a whole number between 0 and 4294967295'],
    [[125000, 250000, -1, 0.5], '#NUM!', 'growth_median must be > -1'],
    [[125000, 250000, 1, -0.5], '#NUM!', 'growth_log_sd must be ≥ 0'],
    [[125000, 250000, 1, 'wide'], '#VALUE!', 'growth_log_sd must be a number'],
    [[[[1], [2]], 250000, 1, 0.5], '#VALUE!', 'compute_per_head must be a single value'],
  ])('%j → %s %s', (args, code, message) => {
    expect(run(...args)).toEqual(errorRow(code, message));
  });

  it('extreme spreads stay finite: a factor that overflows reaches parity at once, one that underflows never', () => {
    const [[p10, , p90, share]] = run(100000, 375000, 0.5, 1e300, 0, 1000);
    expect(p10).toBe(0);
    expect(isHcError(p90)).toBe(true);
    expect(share).toBeCloseTo(0.5, 1);
  });
});
