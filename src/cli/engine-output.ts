import { isEngineError } from '../engine/values';
import type { EngineValue } from '../engine/values';
import { formatNumber } from '../registry/format';

/** A value from the engine as `hcplan call` prints cells: 15 significant digits, `#CODE message`. */
export function formatValue(value: EngineValue): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null) return '';
  if (isEngineError(value)) return value.message ? `${value.code} ${value.message}` : value.code;
  return value;
}

const jsonValue = (value: EngineValue): unknown =>
  isEngineError(value) ? { error: value.code, message: value.message } : value;

/** Rows of engine values printed as `hcplan call` prints a result; returns 1 when any is an error, else 0. */
export function printValues(
  rows: readonly (readonly EngineValue[])[],
  json: boolean,
  write: (text: string) => void,
): number {
  if (json) {
    const values = rows.map((row) => row.map(jsonValue));
    write(JSON.stringify(values.length === 1 && values[0].length === 1 ? values[0][0] : values));
  } else {
    write(rows.map((row) => row.map(formatValue).join('\t')).join('\n'));
  }
  return rows.some((row) => row.some(isEngineError)) ? 1 : 0;
}
