import { DetailedCellError } from 'hyperformula';
import type { CellValue } from 'hyperformula';

/** An error value as the engine reports it: Excel's code, HyperFormula's message, and the cell it came from. */
export interface EngineError {
  code: string;
  message: string;
  /** The cell where the error arose, when another cell (e.g. `'Plan'!A9`). */
  origin?: string;
}

/** A cell's value out of the engine. Blank results arrive as 0, as in Excel. */
export type EngineValue = number | string | boolean | null | EngineError;

export const isEngineError = (value: EngineValue): value is EngineError => typeof value === 'object' && value !== null;

export function fromEngine(value: CellValue): EngineValue {
  if (value instanceof DetailedCellError) {
    return { code: value.value, message: value.message, ...(value.address ? { origin: value.address } : {}) };
  }
  // HyperFormula turns subnormal numbers (below about 1e-307) into NaN; no cell may show NaN.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { code: '#NUM!', message: 'the value is not a finite number (too close to 0 or too large)' };
  }
  return value;
}
