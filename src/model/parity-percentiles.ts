import { Random } from './random';
import { percentileByRank, REPORTED_PERCENTILES } from './percentile';
import { HcError, isHcError, never } from './errors';
import { monthsToParity } from './parity';

/** The most draws one call may take: 100,000 keep a recalculation well under a second. */
export const MAX_DRAWS = 100_000;

const LABELS = ['P10', 'P50', 'P90'];

/**
 * Months to parity when compute growth is uncertain: one row of [P10, P50, P90, share never].
 * Each draw takes one annual growth factor of compute spend, (1 + growth_median) × exp(growth_log_sd × Z)
 * with Z standard normal, for its whole path, and its months as MONTHS_TO_PARITY with usage growth =
 * factor − 1 and prices flat. A draw that never reaches parity counts as infinitely late: P10 is the
 * earliest tenth, and a percentile that falls among never-reaching draws is `#N/A` "never".
 * Percentiles interpolate as Excel's PERCENTILE.INC. Deterministic for a seed.
 *
 * @example parityPercentiles(125000, 250000, 1, 0) // [12, 12, 12, 0] — no spread: every draw doubles
 */
export function parityPercentiles(
  computePerHead: number,
  salary: number,
  growthMedian: number,
  growthLogSd: number,
  salaryGrowth = 0,
  draws = 10_000,
  seed = 1,
): (number | HcError)[] {
  const monthsAt = (z: number) =>
    monthsToParity(computePerHead, salary, (1 + growthMedian) * Math.exp(growthLogSd * z) - 1, 0, salaryGrowth);

  // Every draw gives the same months when compute already reaches salary, is 0, or nothing varies.
  if (computePerHead >= salary || computePerHead === 0 || growthLogSd === 0) {
    const months = monthsToParity(computePerHead, salary, growthMedian, 0, salaryGrowth);
    return isHcError(months) ? [months, months, months, 1] : [months, months, months, 0];
  }

  const random = new Random(seed);
  const z = new Float64Array(draws);
  for (let i = 0; i < draws; i++) z[i] = random.normal();
  z.sort();
  // Months fall as Z rises, so the k-th earliest draw is the one with the k-th largest Z: only the ranks
  // the percentiles and the never-count need are computed, each exactly as MONTHS_TO_PARITY.
  const monthsAtRank = (rank: number) => {
    const months = monthsAt(z[draws - 1 - rank]);
    return isHcError(months) ? Infinity : months;
  };
  const percentiles = REPORTED_PERCENTILES.map((p, index) => {
    const months = percentileByRank(draws, monthsAtRank, p);
    return months === Infinity ? never(`${LABELS[index]} falls among the draws that never reach parity`) : months;
  });
  return [...percentiles, neverShare(draws, monthsAtRank)];
}

/** Share of draws that never reach parity: they are the latest ranks, found by bisection. */
function neverShare(draws: number, monthsAtRank: (rank: number) => number): number {
  let firstNever = draws;
  let low = 0;
  while (low < firstNever) {
    const middle = (low + firstNever) >> 1;
    if (monthsAtRank(middle) === Infinity) firstNever = middle;
    else low = middle + 1;
  }
  return (draws - firstNever) / draws;
}
