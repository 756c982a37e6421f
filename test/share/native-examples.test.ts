import { FUNCTIONS } from '../../src/registry';
import type { ExpectedCell } from '../../src/registry';
import { FormulaTranslator } from '../../src/share/translate';
import { evaluateNative } from './evaluate-native';

const translator = new FormulaTranslator();
/** Functions a share-safe copy can carry: a native form, or a price lookup that becomes its number. */
const shareable = FUNCTIONS.filter((spec) => spec.native || spec.id === 'TOKENPRICE');
/** Examples that read cells (their values are in `args`) are covered by the differential tests instead. */
const readsCells = (formula: string) => /(^|[^\w".])\$?[A-Z]{1,3}\$?\d+\b/.test(formula.replace(/"[^"]*"/g, '""'));

const relativeGap = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(a), Math.abs(b));

/** Every worked example of the catalogue, as typed, gives the same spill in plain HyperFormula once translated. */
describe.each(shareable.map((spec) => [spec.id, spec.examples] as const))(
  '%s examples in a share-safe copy',
  (_id, examples) => {
    it.each(
      examples.filter((example) => !readsCells(example.formula)).map((example) => [example.formula, example] as const),
    )('%s', (formula, example) => {
      const result = translator.translate(formula);
      if (!result.ok) throw new Error(result.reason);
      const actual = evaluateNative([], result.cells);
      const expected: readonly (readonly ExpectedCell[])[] = Array.isArray(example.expected)
        ? (example.expected as ExpectedCell[][])
        : [[example.expected as ExpectedCell]];
      const isError = (cell: ExpectedCell) => typeof cell === 'object';
      // An invalid argument: the add-in answers with one row of errors, the copy with errors in every cell.
      const rows = expected.length === 1 && expected[0].every(isError) ? actual : actual.slice(0, expected.length);
      expect(actual.length).toBe(expected.length === 1 && expected[0].every(isError) ? actual.length : expected.length);
      rows.forEach((row, index) => {
        const wanted = expected[Math.min(index, expected.length - 1)];
        expect(row).toHaveLength(wanted.length);
        wanted.forEach((cell, column) => {
          const native = row[column];
          const where = `${formula} at row ${index + 1}, column ${column + 1}: native ${JSON.stringify(native)}`;
          if (isError(cell))
            expect({ where, error: typeof native === 'object' && native !== null }).toEqual({ where, error: true });
          else
            expect({ where, gap: relativeGap(cell as number, native as number) <= 1e-12 }).toEqual({
              where,
              gap: true,
            });
        });
      });
    });
  },
);

describe('long plans', () => {
  it('translates 48 months of HEADCOUNT_PLAN and COST_PLAN over ranges within Excel’s formula length', () => {
    for (const formula of ['=HC.HEADCOUNT_PLAN(B1, A1:A48, B2, B3)', '=HC.COST_PLAN(A1:A48, B1, B2, B3, B4, B5, B6)']) {
      const result = translator.translate(formula);
      expect(result.ok && result.cells.length).toBe(48);
    }
  });

  it('refuses a plan whose last months exceed Excel’s formula length, saying so', () => {
    const result = translator.translate('=HC.HEADCOUNT_PLAN(B1, A1:A240, B2, B3)');
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/native formula would be \d+ characters \(Excel allows 8192\)/),
    });
  });
});
