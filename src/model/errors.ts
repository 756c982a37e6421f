/**
 * Typed errors of the HC model. Every function returns either a value or an `HcError`;
 * hosts turn an `HcError` into their own error representation (CustomFunctions.Error,
 * HyperFormula's CellError, CLI text).
 */

/** The Excel error codes a custom function may return. */
export const ERROR_CODES = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class HcError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

export type Outcome<T = number> = T | HcError;

export const isHcError = (value: unknown): value is HcError => value instanceof HcError;

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

export const divisionByZero = (what: string): HcError => new HcError('#DIV/0!', `${what} is 0`);
export const never = (why: string): HcError => new HcError('#N/A', `never: ${why}`);
