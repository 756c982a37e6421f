import { isHcError } from '../model/errors';
import { formatMatrix } from '../registry/format';
import type { OutputMatrix } from '../registry';

/** JSON of a result: a number or {error, message} per cell; a 1×1 result as a single value. */
export function toJson(output: OutputMatrix): unknown {
  const rows = output.map((row) =>
    row.map((cell) => (isHcError(cell) ? { error: cell.code, message: cell.message } : cell)),
  );
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
}

export const hasError = (output: OutputMatrix): boolean => output.some((row) => row.some(isHcError));

/** Prints a result as text (a row per line, tab-separated) or JSON; returns the exit code. */
export function printResult(output: OutputMatrix, json: boolean, write: (text: string) => void): number {
  write(json ? JSON.stringify(toJson(output)) : formatMatrix(output));
  return hasError(output) ? 1 : 0;
}
