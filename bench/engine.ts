import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { HyperFormula } from 'hyperformula';
import { createEngine } from '../src/engine/engine';
import { buildXlsx, FixtureCell } from '../test/xlsx/fixtures';
import type { Bench, BenchRow } from './row';
import { median } from './row';

const ROWS = 10_000;
const CALC_ROWS = 10_000;
const FORMULAS_PER_ROW = 5;
const CLI_MAIN = join(__dirname, '..', 'src', 'cli', 'main.js');

/** 10,000 rows of one formula over a per-row input and one shared input in A1. */
function sheetOf(formula: (row: number) => string): (string | number)[][] {
  return Array.from({ length: ROWS }, (_, i) => [i === 0 ? 375000 : 0, (i + 1) * 10, formula(i + 1)]);
}

/** Milliseconds one recalculation of every row takes: A1, which every formula reads, changes. */
function recalculation(engine: HyperFormula): () => number {
  let salary = 375000;
  return () => {
    salary = salary === 375000 ? 250000 : 375000;
    const start = process.hrtime.bigint();
    engine.setCellContents({ sheet: 0, row: 0, col: 0 }, salary);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
}

const checksum = (engine: HyperFormula) => engine.getSheetValues(0).reduce((sum, row) => sum + (row[2] as number), 0);

/**
 * Warm medians of the HC rows and the native rows, recalculated in turns so that the load of this
 * shared machine weighs on both alike.
 */
function recalcMs(hc: HyperFormula, native: HyperFormula, repeats = 15): { hc: number; native: number } {
  const [timeHc, timeNative] = [recalculation(hc), recalculation(native)];
  timeHc();
  timeNative();
  const times = { hc: [] as number[], native: [] as number[] };
  for (let i = 0; i < repeats; i++) {
    times.hc.push(timeHc());
    times.native.push(timeNative());
  }
  if (Math.abs(checksum(hc) - checksum(native)) > 1e-9 * checksum(native))
    throw new Error('HC and native rows disagree');
  return { hc: median(times.hc), native: median(times.native) };
}

/** The 50,000-formula workbook: HC and native formulas per row, as Excel saves them (no cached values). */
async function calcWorkbook(): Promise<Buffer> {
  const cells: FixtureCell[] = [];
  for (let row = 1; row <= CALC_ROWS; row++) {
    cells.push(
      { ref: `A${row}`, value: row * 10 },
      { ref: `B${row}`, value: 375000 },
      { ref: `C${row}`, formula: `_xldudf_HC_TOKENSHARE(A${row},B${row})` },
      { ref: `D${row}`, formula: `HC.LOADED_COST(B${row},0.3)` },
      { ref: `E${row}`, formula: `HC.BREAKEVEN_HEADCOUNT(10000000,A${row},D${row})` },
      { ref: `F${row}`, formula: `C${row}*2+E${row}` },
      { ref: `G${row}`, formula: `SUM(C${row}:F${row})` },
    );
  }
  return buildXlsx({ sheets: [{ name: 'Plan', cells }] });
}

/** Runs `hcplan calc` in a fresh node process: wall time as a user sees it, and that process's peak memory. */
function timeCalc(input: string, output: string): { ms: number; maxRssMb: number } {
  const script =
    `const { run } = require(${JSON.stringify(CLI_MAIN)});` +
    `const io = { out: () => {}, err: () => {} };` +
    `Promise.resolve(run(['calc', ${JSON.stringify(input)}, '-o', ${JSON.stringify(output)}], io)).then((code) => {` +
    `process.stdout.write(JSON.stringify({ code, maxRss: process.resourceUsage().maxRSS }));});`;
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const { code, maxRss } = JSON.parse(child.stdout || '{}') as { code?: number; maxRss?: number };
  if (code !== 0) throw new Error(`hcplan calc exited ${code}: ${child.stderr}`);
  return { ms, maxRssMb: (maxRss as number) / 1024 };
}

export const engineBench: Bench = async () => {
  const recalc = recalcMs(
    createEngine({ Sheet1: sheetOf((row) => `=HC.TOKENSHARE(B${row},$A$1)`) }),
    createEngine({ Sheet1: sheetOf((row) => `=B${row}/(B${row}+$A$1)`) }),
  );

  const dir = mkdtempSync(join(tmpdir(), 'hcplan-bench-'));
  try {
    const input = join(dir, 'plan.xlsx');
    writeFileSync(input, await calcWorkbook());
    const calc = timeCalc(input, join(dir, 'out.xlsx'));
    const formulas = (CALC_ROWS * FORMULAS_PER_ROW).toLocaleString('en');
    const rows: BenchRow[] = [
      {
        name: `engine: ${ROWS.toLocaleString('en')} HC.TOKENSHARE rows, recalc`,
        value: recalc.hc,
        unit: 'ms',
        note: 'warm median',
      },
      { name: 'engine: same rows as native arithmetic, recalc', value: recalc.native, unit: 'ms', note: 'warm median' },
      {
        name: 'engine: HC rows ÷ native rows',
        value: recalc.hc / recalc.native,
        unit: '×',
        target: 1.5,
        note: 'in turns, same run',
      },
      {
        name: `hcplan calc, ${formulas}-formula workbook`,
        value: calc.ms,
        unit: 'ms',
        note: 'wall time, fresh process',
      },
      {
        name: `hcplan calc, ${formulas}-formula workbook`,
        value: calc.maxRssMb,
        unit: 'MB',
        note: 'peak RSS (maxRSS)',
      },
    ];
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
