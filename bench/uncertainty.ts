import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';
import { gzipSync } from 'zlib';
import { parityPercentiles } from '../src/model/parity-percentiles';
import { simulate } from '../src/uncertainty/simulate';
import type { UncertainScenario } from '../src/uncertainty/scenario';
import type { Bench, BenchRow } from './row';
import { median, timeMs } from './row';

/** The repository root: this file runs from build/node/bench/. */
const ROOT = join(__dirname, '..', '..', '..');

const SCENARIO: UncertainScenario = {
  computePerHead: 100000,
  salary: 375000,
  loadedCost: 431250,
  teamSize: 10,
  budget: 6_000_000,
  horizonMonths: 60,
  drivers: {
    usage_growth: 'normal(1, 0.3)',
    price_change: 'uniform(-0.5, 0)',
    salary_growth: 'triangular(0, 0.03, 0.06)',
    uplift: 'lognormal(log(1.27), 0.3) - 1',
  },
};

/**
 * The uncertainty code built alone by webpack in production mode, as the panel's build would (ts-loader
 * with the same options as webpack.config.js), into a temporary folder; gzipped sizes per output file.
 * Entries: the mathjs sandbox alone (mathjs's added size), and the browser client, whose worker webpack
 * emits as a chunk of its own (what the panel loads only when an analyst first uses a range).
 */
async function buildSizesKb(): Promise<{ sandbox: number; client: number; worker: number }> {
  const out = mkdtempSync(join(tmpdir(), 'hc-uncertainty-bench-'));
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          context: ROOT,
          // As libraries, so production mode keeps what they export instead of shaking it away unused.
          entry: {
            sandbox: { import: './src/uncertainty/sandbox.ts', library: { type: 'var', name: 'sandbox' } },
            client: { import: './src/uncertainty/browser-client.ts', library: { type: 'var', name: 'client' } },
          },
          output: { path: out, filename: '[name].js', chunkFilename: 'chunk-[name].js' },
          resolve: { extensions: ['.ts', '.js'] },
          module: {
            rules: [
              {
                test: /\.ts$/,
                exclude: /node_modules/,
                loader: 'ts-loader',
                options: { transpileOnly: true, compilerOptions: { module: 'es2020', target: 'es2017' } },
              },
            ],
          },
          devtool: false,
        },
        (error, result) => (error || !result ? reject(error ?? new Error('no stats')) : resolve(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    const gzipKb = (file: string) => gzipSync(readFileSync(join(out, file))).length / 1024;
    // The worker's script and any chunk webpack split off for it (mathjs may land in one of its own).
    const workerChunks = readdirSync(out).filter((file) => file.startsWith('chunk-'));
    if (workerChunks.length === 0)
      throw new Error('webpack emitted no worker chunk: is `new Worker(new URL(…))` intact?');
    const worker = workerChunks.reduce((total, file) => total + gzipKb(file), 0);
    return { sandbox: gzipKb('sandbox.js'), client: gzipKb('client.js'), worker };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export const uncertaintyBench: Bench = async () => {
  const draws = 10_000;
  // The machine is shared: the median of 15 runs is the row, the fastest run is noted beside it.
  const runs = Array.from({ length: 15 }, () =>
    timeMs(() => {
      const summary = simulate(SCENARIO, { draws, seed: 1 });
      if (!('accepted' in summary)) throw new Error(summary.message);
    }, 1),
  );
  const simulation = median(runs);
  const percentiles = timeMs(() => parityPercentiles(100000, 375000, 0.5, 0.5, 0.03, draws, 1));
  const sizes = await buildSizesKb();
  const rows: BenchRow[] = [
    {
      name: 'uncertainty: Monte Carlo 10,000 draws × 60 months',
      value: simulation,
      unit: 'ms',
      target: 100,
      note: `normal, uniform, triangular drivers and a lognormal expression (mathjs per draw); all outcomes, fan, tornado; median of 15, fastest ${Math.min(...runs).toFixed(0)} ms`,
    },
    {
      name: 'uncertainty: PARITY_PERCENTILES, 10,000 draws',
      value: percentiles,
      unit: 'ms',
      note: 'one call, the default draws',
    },
    {
      name: 'uncertainty: mathjs sandbox (gzip)',
      value: sizes.sandbox,
      unit: 'KB',
      note: 'sandbox.ts alone, webpack production: mathjs number build, only the functions needed',
    },
    {
      name: 'uncertainty: worker chunk (gzip)',
      value: sizes.worker,
      unit: 'KB',
      note: 'loaded on first use of a range, not with the task pane',
    },
    {
      name: 'uncertainty: client in the task pane (gzip)',
      value: sizes.client,
      unit: 'KB',
      note: 'what the panel bundle gains',
    },
  ];
  return rows;
};
