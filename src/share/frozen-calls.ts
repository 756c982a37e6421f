import { isHcError } from '../model/errors';
import { runFunction } from '../registry/runner';
import type { FunctionSpec } from '../registry/types';
import { nativeError } from './native-call';

/** A call a share-safe copy holds as the values it returned when the copy was made: what the cover sheet lists. */
export interface FrozenCall {
  /** The HC call as written, e.g. `HC.PARITY_PERCENTILES(B2,B3,1,0.5)`. */
  call: string;
  /** Its result, row by row: numbers, or error codes such as `#N/A`. */
  values: readonly (readonly (number | string)[])[];
}

/** A number as a native constant: negative ones in parentheses, so that they sit safely in any formula. */
const numberText = (value: number): string => (value < 0 ? `(${value})` : String(value));

/** Calls of one translation evaluated now (a seeded simulation has no native form): each becomes constants. */
export class FrozenCalls {
  private readonly calls: FrozenCall[] = [];

  get records(): FrozenCall[] {
    return [...this.calls];
  }

  /** The result of `spec` on known arguments: one native constant (or error) per output cell, recorded. */
  evaluate(spec: FunctionSpec, args: readonly unknown[], call: string): string[][] {
    const result = runFunction(spec, args);
    this.calls.push({ call, values: result.map((row) => row.map((cell) => (isHcError(cell) ? cell.code : cell))) });
    return result.map((row) => row.map((cell) => (isHcError(cell) ? nativeError(cell.code) : numberText(cell))));
  }
}
