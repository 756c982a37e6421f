/**
 * Percentiles of samples, as Excel's PERCENTILE.INC computes them: rank (n − 1) × p, linear
 * interpolation between neighbours. `+Infinity` stands for an outcome that never happens (parity never
 * reached): a percentile that touches one of those is `+Infinity` too, so the caller can say "never".
 */

/** The percentiles the product reports everywhere: P10, P50 and P90. */
export const REPORTED_PERCENTILES = [0.1, 0.5, 0.9] as const;

/**
 * Percentile `p` (0…1) of `count` samples given by `valueAtRank(k)`, the k-th smallest (0-based).
 * Reads at most two ranks, so a caller whose outcome is monotone in a sorted input computes only those.
 */
export function percentileByRank(count: number, valueAtRank: (rank: number) => number, p: number): number {
  const rank = (count - 1) * p;
  const below = Math.floor(rank);
  const fraction = rank - below;
  const low = valueAtRank(below);
  if (fraction === 0) return low;
  const high = valueAtRank(below + 1);
  if (high === Infinity) return Infinity;
  return low + fraction * (high - low);
}

/** Percentile `p` of ascending `sorted` (non-empty, no NaN). */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  return percentileByRank(sorted.length, (rank) => sorted[rank], p);
}
