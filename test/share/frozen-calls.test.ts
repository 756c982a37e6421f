import { isHcError } from '../../src/model/errors';
import { findFunction, runFunction } from '../../src/registry';
import { FormulaTranslator } from '../../src/share/translate';
import { evaluateNative } from './evaluate-native';

const percentiles = (args: unknown[]) => runFunction(findFunction('PARITY_PERCENTILES')!, args);

describe('share-safe copies hold a seeded simulation as the values it returned', () => {
  it('turns PARITY_PERCENTILES with literal arguments into its four numbers, and records the call', () => {
    const translator = new FormulaTranslator();
    const result = translator.translate('=HC.PARITY_PERCENTILES(125000, 250000, 1, 0.5)');
    if (!result.ok) throw new Error(result.reason);
    const expected = percentiles([125000, 250000, 1, 0.5]);
    // The registry's worked example: P10 6.26, P50 12.1, P90 164.7 months, 8.19% never.
    expect(expected).toEqual([[6.264433287078672, 12.112599938799082, 164.72398491793146, 0.0819]]);
    expect(result.cells).toEqual([expected[0].map(String)]);
    expect(evaluateNative([], result.cells)).toEqual(expected);
    const record = { call: 'HC.PARITY_PERCENTILES(125000,250000,1,0.5)', values: expected };
    expect(result.frozenCalls).toEqual([record]);
  });

  it('reads the cells the caller knows, in any file spelling, and keeps #N/A cells as errors', () => {
    const cells: Record<string, unknown> = { A1: 50000, B1: 400000, C1: 0.2, D1: 0.3, E1: 0.05 };
    const translator = new FormulaTranslator(undefined, { cellValue: (reference) => cells[reference] });
    const result = translator.translate('_xldudf_HC_PARITY_PERCENTILES(A1,B1,C1,D1,E1,2000,7)');
    if (!result.ok) throw new Error(result.reason);
    const expected = percentiles([50000, 400000, 0.2, 0.3, 0.05, 2000, 7]);
    // Slow growth against rising pay: the upper percentile never reaches parity.
    expect(expected[0].some(isHcError)).toBe(true);
    result.cells[0].forEach((text, column) => {
      const cell = expected[0][column];
      expect(text).toBe(isHcError(cell) ? 'NA()' : String(cell));
    });
    expect(result.frozenCalls![0].values[0]).toEqual(expected[0].map((cell) => (isHcError(cell) ? '#N/A' : cell)));
  });

  it('says why when an argument is computed or a cell is unknown, and refuses it inside other formulas', () => {
    const translator = new FormulaTranslator();
    expect(translator.translate('=HC.PARITY_PERCENTILES(A1, 250000, 1, 0.5)')).toEqual({
      ok: false,
      reason: 'HC.PARITY_PERCENTILES reads A1, whose value is not known here',
    });
    expect(translator.translate('=HC.PARITY_PERCENTILES(2*A1, 250000, 1, 0.5)')).toEqual({
      ok: false,
      reason:
        'HC.PARITY_PERCENTILES has a computed argument (2*A1); only literals and known cells are evaluated when sharing',
    });
    expect(translator.translate('=HC.PARITY_PERCENTILES(A1:A2, 250000, 1, 0.5)')).toEqual({
      ok: false,
      reason: 'HC.PARITY_PERCENTILES over the range A1:A2 has no native form',
    });
    expect(translator.translate('=1+HC.PARITY_PERCENTILES(125000, 250000, 1, 0.5)')).toEqual({
      ok: false,
      reason: 'HC.PARITY_PERCENTILES spills 1×4 inside another formula',
    });
  });
});
