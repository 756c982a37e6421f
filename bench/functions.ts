import '../test/setup/custom-functions-global';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import * as wrappers from '../src/functions/functions';
import type { Bench, BenchRow } from './row';
import { median, sampleMs, timeMs } from './row';

const CALLS = 200_000;
const RANGE_CELLS = 100_000;
const DIST = join(__dirname, '..', '..', '..', 'dist');

/** The least any 1×1 custom function can do: the floor the entry point is compared with. */
function minimalTokenShare(compute: number[][], salary: number[][]): number[][] {
  return [[compute[0][0] / (compute[0][0] + salary[0][0])]];
}

function nsPerCall(call: (compute: number[][], salary: number[][]) => unknown[][]): { ns: number; checksum: number } {
  let checksum = 0;
  const ms = timeMs(() => {
    checksum = 0;
    for (let i = 0; i < CALLS; i++) checksum += call([[i]], [[375000]])[0][0] as number;
  }, 5);
  return { ns: (ms * 1e6) / CALLS, checksum };
}

const gzipKb = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export const functionsBench: Bench = async () => {
  const entry = nsPerCall(wrappers.TOKENSHARE as (a: number[][], b: number[][]) => unknown[][]);
  const floor = nsPerCall(minimalTokenShare);
  if (Math.abs(entry.checksum - floor.checksum) > 1e-6 * floor.checksum) throw new Error('bench results disagree');

  const range = Array.from({ length: RANGE_CELLS }, (_, i) => [i * 10]);
  let cells = 0;
  const rangeTimes = sampleMs(() => {
    cells = (wrappers.TOKENSHARE(range, [[375000]]) as unknown[][]).length;
  }, 9);
  if (cells !== RANGE_CELLS) throw new Error(`range result has ${cells} rows`);

  const rows: BenchRow[] = [
    { name: 'scalar call, Excel entry point (TOKENSHARE)', value: entry.ns, unit: 'ns/call', target: 1000 },
    { name: 'scalar call, minimal 1×1 wrapper', value: floor.ns, unit: 'ns/call' },
    { name: 'entry point ÷ minimal wrapper', value: entry.ns / floor.ns, unit: '×', note: 'same run' },
    {
      name: `one call over a ${RANGE_CELLS.toLocaleString('en')}-cell range`,
      value: median(rangeTimes),
      unit: 'ms',
      target: 20,
      // The spread is garbage collection of the 100,000 result rows Excel's any[][] shape needs.
      note: `median of 9; fastest ${Math.min(...rangeTimes).toFixed(1)} ms`,
    },
  ];
  const bundle = join(DIST, 'functions.js');
  rows.push(
    existsSync(bundle)
      ? { name: 'functions bundle (production, gzip)', value: gzipKb(bundle), unit: 'KB', target: 30 }
      : {
          name: 'functions bundle (production, gzip)',
          value: NaN,
          unit: 'KB',
          target: 30,
          note: 'run `npm run build` first',
        },
  );
  return rows;
};
