import { BENCHES } from './benches';
import type { BenchRow } from './row';

function format(row: BenchRow): string[] {
  const value = row.value >= 100 ? row.value.toFixed(0) : row.value.toPrecision(3);
  const target = row.target === undefined ? '' : `≤ ${row.target}`;
  const verdict = row.target === undefined ? '' : row.value <= row.target ? 'ok' : 'OVER';
  return [row.name, `${value} ${row.unit}`, target, verdict, row.note ?? ''];
}

function printTable(rows: readonly BenchRow[]): void {
  const lines = [['measure', 'value', 'target', '', 'note'], ...rows.map(format)];
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  for (const line of lines)
    console.log(
      line
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  for (const bench of BENCHES) rows.push(...(await bench()));
  printTable(rows);
}

void main();
