import { isHcError } from '../model/errors';
import type { OutputCell } from './runner';
import type { ExpectedCell } from './types';

/** A number as Excel displays it in General format at full width: 15 significant digits. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** A result cell as text: the number, or `#CODE message`. */
export function formatCell(cell: OutputCell | ExpectedCell): string {
  if (typeof cell === 'number') return formatNumber(cell);
  if (isHcError(cell)) return `${cell.code} ${cell.message}`;
  return cell.message ? `${cell.error} ${cell.message}` : cell.error;
}

/** Rows of cells as lines of tab-separated text. */
export function formatMatrix(rows: readonly (readonly (OutputCell | ExpectedCell)[])[]): string {
  return rows.map((row) => row.map(formatCell).join('\t')).join('\n');
}
