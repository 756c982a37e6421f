import { HyperFormula } from 'hyperformula';

/**
 * Evaluates native formulas in plain HyperFormula (no HC plugin): the share-safe copy's view. `inputs`
 * fill the first rows (row 1 = A1…), the formulas the rows after them.
 */
export function evaluateNative(inputs: unknown[][], formulas: string[][]): unknown[][] {
  const sheet = [...inputs.map((row) => [...row]), ...formulas.map((row) => row.map((text) => `=${text}`))];
  const engine = HyperFormula.buildFromArray(sheet as never, { licenseKey: 'gpl-v3', smartRounding: false });
  const values = engine.getSheetValues(0).slice(inputs.length);
  engine.destroy();
  return values;
}
