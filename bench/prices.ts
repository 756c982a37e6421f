import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { loadCatalogue } from '../src/prices/catalogue';
import { runFunction } from '../src/registry';
import { TOKENPRICE } from '../src/registry/functions/tokenprice';
import type { Bench, BenchRow } from './row';
import { median, timeMs } from './row';

/** The production build; HC_BENCH_DIST measures another output folder. */
const DIST = process.env.HC_BENCH_DIST ?? join(__dirname, '..', '..', '..', 'dist');
const CATALOGUE_MODULE = join(__dirname, '..', 'src', 'prices', 'catalogue.js');
const COLD_LOADS = 5;
const LOOKUPS = 20_000;
/** A key of every provider in the catalogue data: its presence in a bundle means the data is in it. */
const DATA_MARKER = 'pricing_urls';

/** Milliseconds for a fresh node process to load the catalogue (module parse + data), median of cold runs. */
function coldLoadMs(): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(CATALOGUE_MODULE)}).loadCatalogue().then(()=>console.log(Number(process.hrtime.bigint()-t)/1e6))`;
  return median(
    Array.from({ length: COLD_LOADS }, () =>
      Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })),
    ),
  );
}

const gzipKb = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** The chunks loaded on demand for the catalogue: webpack may put the package in a vendor chunk of its own. */
function catalogueChunks(): string[] {
  return readdirSync(DIST).filter(
    (file) =>
      file.endsWith('.js') &&
      file !== 'functions.js' &&
      (file.startsWith('price-catalogue') || readFileSync(join(DIST, file), 'utf8').includes(DATA_MARKER)),
  );
}

function bundleRows(): BenchRow[] {
  const functions = join(DIST, 'functions.js');
  const chunks = existsSync(functions) ? catalogueChunks() : [];
  if (chunks.length === 0) {
    return [
      { name: 'price catalogue chunks (production, gzip)', value: NaN, unit: 'KB', note: 'run `npm run build` first' },
    ];
  }
  const inFirstLoad = readFileSync(functions, 'utf8').split(DATA_MARKER).length - 1;
  const size = chunks.reduce((sum, chunk) => sum + gzipKb(join(DIST, chunk)), 0);
  return [
    {
      name: 'price catalogue chunks (production, gzip)',
      value: size,
      unit: 'KB',
      note: `${chunks.join(' + ')}, loaded on demand`,
    },
    {
      name: 'catalogue data in the functions bundle',
      value: inFirstLoad,
      unit: 'providers',
      target: 0,
      note: 'first load stays small',
    },
  ];
}

export const pricesBench: Bench = async () => {
  const cold = coldLoadMs();
  await loadCatalogue();
  let price = 0;
  const ms = timeMs(() => {
    for (let i = 0; i < LOOKUPS; i++) price = runFunction(TOKENPRICE, ['gpt-4o', 'output'])[0][0] as number;
  }, 5);
  if (typeof price !== 'number') throw new Error('TOKENPRICE gave no price');
  return [
    { name: 'price catalogue load, fresh node process', value: cold, unit: 'ms', target: 1000 },
    { name: 'TOKENPRICE call, catalogue loaded', value: (ms * 1000) / LOOKUPS, unit: 'µs/call', target: 50 },
    ...bundleRows(),
  ];
};
