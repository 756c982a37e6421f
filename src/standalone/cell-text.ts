import { isEngineError, type EngineValue } from '../engine/values';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * What the grid shows for a cell's value: an error's code (NaN from the engine is already #NUM! in
 * `fromEngine`), a number in the spirit of the cell's Excel format code (enough for reading the grid).
 */
export function cellText(value: EngineValue, format: string | undefined): string {
  if (isEngineError(value)) return value.code;
  if (typeof value !== 'number') return value === null || value === undefined ? '' : String(value);
  if (format?.startsWith('$')) return money.format(value);
  if (format?.includes('%')) return percent.format(value);
  if (format?.includes('×')) return `${plain.format(value)}×`;
  return plain.format(value);
}
