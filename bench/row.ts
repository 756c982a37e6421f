/** One line of the `npm run bench` table. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target, in the same unit; the row passes when value ≤ target. */
  target?: number;
  note?: string;
}

/** A bench module: measures in one run and returns its rows. */
export type Bench = () => Promise<BenchRow[]>;

/** Median of repeated timings — robust to this noisy 2-core machine. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds each of `repeats` warm runs of `work` took (after one warm-up run). */
export function sampleMs(work: () => void, repeats = 7): number[] {
  work();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** Milliseconds taken by `work`: the warm median over `repeats` runs — robust to this noisy machine. */
export function timeMs(work: () => void, repeats = 7): number {
  return median(sampleMs(work, repeats));
}
