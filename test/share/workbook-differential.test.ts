import { makeShareSafeCopy } from '../../src/share/workbook/share-workbook';
import { recalculateWorkbook } from '../../src/xlsx/recalculate';
import { xlsxParts } from '../xlsx/fixtures';
import { shownValue, storedCells } from '../xlsx/read-back';
import { agree, differentialBooks, type DifferentialBook, type Shown } from './differential-books';

/** The sheets' parts in workbook order (the fixtures number them sheet1, sheet2 …). */
const sheetPart = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

/**
 * Differential proof, HyperFormula side: each generated workbook is computed with the HC functions
 * (the engine with the add-in's plugin), then made share-safe; the copy's values, computed from the
 * native formulas alone, must agree cell by cell.
 */
describe('share-safe copies compute the add-in’s values in HyperFormula', () => {
  let books: DifferentialBook[];
  let cellsCompared = 0;
  let calls = 0;
  beforeAll(async () => {
    books = await differentialBooks();
  }, 60_000);

  it.each(['functions', 'models', 'plan'])(
    '%s',
    async (name) => {
      const book = books.find((candidate) => candidate.name === name)!;
      const addIn = await xlsxParts(await (await recalculateWorkbook(book.bytes, `${name}.xlsx`)).save());
      const copy = await makeShareSafeCopy(new Uint8Array(book.bytes), { fileName: `${name}.xlsx`, version: 'test' });
      expect(copy.untranslated).toEqual([]);
      expect(copy.unevaluated).toEqual([]);
      const shared = await xlsxParts(Buffer.from(copy.bytes));
      const mismatches: string[] = [];
      book.sheets.forEach((sheet, index) => {
        const expected = storedCells(addIn.get(sheetPart(index))!);
        const actual = storedCells(shared.get(sheetPart(index))!);
        for (const ref of book.compared.get(sheet)!) {
          const formula = actual.get(ref)?.f?.text ?? '';
          if (/HC\.|_xldudf_HC_/i.test(formula)) mismatches.push(`${sheet}!${ref} still calls HC: ${formula}`);
          const want = shownValue(expected.get(ref)) as Shown;
          const got = shownValue(actual.get(ref)) as Shown;
          if (!agree(want, got))
            mismatches.push(
              `${sheet}!${ref}: add-in ${JSON.stringify(want)}, native ${JSON.stringify(got)} (${formula})`,
            );
          cellsCompared += 1;
        }
      });
      expect(mismatches).toEqual([]);
      calls += book.calls;
    },
    120_000,
  );

  afterAll(() => {
    console.log(`HyperFormula differential: ${calls} HC calls, ${cellsCompared} cells compared`);
    // The issue asks for at least 1,000 generated cases.
    expect(calls).toBeGreaterThanOrEqual(1000);
  });
});
