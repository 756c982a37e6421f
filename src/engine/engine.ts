import { HyperFormula } from 'hyperformula';
import type { SerializedNamedExpression, Sheets } from 'hyperformula';
import { EXCEL_CONSTANTS, engineConfig, EngineOptions } from './config';
import { normaliseFormula } from './formula-names';
import { registerHcFunctions } from './plugin';
import { EngineValue, fromEngine } from './values';

/** A workbook engine: HyperFormula configured like Excel, with the HC functions registered. */
export function createEngine(
  sheets: Sheets,
  names: readonly SerializedNamedExpression[] = [],
  options: EngineOptions = {},
): HyperFormula {
  registerHcFunctions();
  return HyperFormula.buildFromSheets(sheets, engineConfig(options), [...EXCEL_CONSTANTS, ...names]);
}

/** A formula the engine cannot read (unbalanced parentheses, a stray operator…). */
export class FormulaSyntaxError extends Error {}

/** Formula text as typed or as saved in a file (`=` optional) → the text the engine parses. */
export function engineFormula(text: string): string {
  const trimmed = text.trim();
  return normaliseFormula(trimmed.startsWith('=') ? trimmed : `=${trimmed}`);
}

/**
 * Evaluates one formula against a sheet of the engine, without writing it into a cell; the result
 * as rows of values (a 1 × 1 result is one row of one value). Throws FormulaSyntaxError.
 */
export function evaluateFormula(engine: HyperFormula, text: string, sheetId = 0): EngineValue[][] {
  const formula = engineFormula(text);
  if (!engine.validateFormula(formula)) throw new FormulaSyntaxError(`cannot read the formula ${text.trim()}`);
  const result = engine.calculateFormula(formula, sheetId);
  return Array.isArray(result) ? result.map((row) => row.map(fromEngine)) : [[fromEngine(result)]];
}
