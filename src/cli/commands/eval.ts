import { createEngine, evaluateFormula, FormulaSyntaxError } from '../../engine/engine';
import { printValues } from '../engine-output';
import { CliIo, EXIT } from '../io';

export const EVAL_USAGE = 'hcplan eval FORMULA [--json]   e.g. hcplan eval "=HC.TOKENSHARE(100000,375000)*2"';

/**
 * `hcplan eval FORMULA`: any formula, native and HC functions mixed, in the embedded engine (an
 * empty sheet). Printed as `hcplan call` prints; exit 1 when the result holds an error.
 */
export function evalCommand(words: readonly string[], json: boolean, io: CliIo): number {
  // An unquoted formula arrives split at spaces: it is one formula all the same.
  const formula = words.join(' ').trim();
  if (formula === '' || formula === '=') {
    io.err(`usage: ${EVAL_USAGE}`);
    return EXIT.usage;
  }
  try {
    return printValues(evaluateFormula(createEngine({ Sheet1: [] }), formula), json, io.out);
  } catch (error) {
    if (!(error instanceof FormulaSyntaxError)) throw error;
    io.err(`hcplan eval: ${error.message}`);
    return EXIT.usage;
  }
}
