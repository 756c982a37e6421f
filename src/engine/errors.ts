import { CellError, ErrorType } from 'hyperformula';
import type { ErrorCode, HcError } from '../model/errors';

/** HyperFormula's error types as Excel spells them (HyperFormula's own enGB spellings). */
export const EXCEL_CODE: Readonly<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.SPILL]: '#SPILL!',
  // Not Excel codes: a circular reference, a formula HyperFormula cannot parse, a licence failure.
  [ErrorType.CYCLE]: '#CYCLE!',
  [ErrorType.ERROR]: '#ERROR!',
  [ErrorType.LIC]: '#LIC!',
};

/**
 * An HC error as a HyperFormula error. HyperFormula has no #NULL! (nor any way to produce one),
 * so a #NULL! passed through from an input becomes #VALUE! whose message starts with "#NULL!".
 */
const ERROR_TYPE: Readonly<Record<ErrorCode, ErrorType>> = {
  '#VALUE!': ErrorType.VALUE,
  '#N/A': ErrorType.NA,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#NUM!': ErrorType.NUM,
  '#NULL!': ErrorType.VALUE,
};

export function toCellError(error: HcError): CellError {
  const message = error.code === '#NULL!' ? `#NULL! ${error.message}` : error.message;
  return new CellError(ERROR_TYPE[error.code], message);
}

/** A HyperFormula error in an input, in the shape the registry's runner passes through (`inputErrorCode`). */
export function toInputError(error: CellError): { code: string; message?: string } {
  return { code: EXCEL_CODE[error.type], message: error.message || undefined };
}
