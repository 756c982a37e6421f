import { recalculateWorkbook } from '../../src/xlsx/recalculate';
import { patchSheet } from '../../src/xlsx/patch-sheet';
import { scanSheet } from '../../src/xlsx/sheet-scan';
import { buildXlsx, FixtureBook, xlsxParts } from './fixtures';
import { shownValue, storedCells } from './read-back';

/** Recalculates a one-sheet fixture; the written sheet's cells and the run's report. */
async function recalculate(book: FixtureBook) {
  const result = await recalculateWorkbook(await buildXlsx(book), 'book.xlsx');
  const parts = await xlsxParts(await result.save());
  return {
    result,
    xml: parts.get('xl/worksheets/sheet1.xml') as string,
    cells: storedCells(parts.get('xl/worksheets/sheet1.xml') as string),
  };
}

describe('array formulas', () => {
  it('moves a dynamic array’s ref when its spill grows, adding the cells and rows it reaches', async () => {
    const { cells, xml } = await recalculate({
      sheets: [
        {
          name: 'S',
          cells: [
            { ref: 'B1', formula: '_xlfn.SEQUENCE(4)*10', array: 'B1:B2', dynamic: true, cached: 10 },
            { ref: 'B2', value: 20 },
            { ref: 'A3', value: 'label' },
            { ref: 'C3', value: 5 },
            { ref: 'A6', value: 'after' },
          ],
        },
      ],
    });
    expect(cells.get('B1')).toMatchObject({ cm: '1', f: { t: 'array', ref: 'B1:B4' }, v: '10' });
    expect([2, 3, 4].map((row) => shownValue(cells.get(`B${row}`)))).toEqual([20, 30, 40]);
    expect(xml).toContain('<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3"><v>30</v></c><c r="C3"><v>5</v></c></row>');
    expect(xml).toContain('<row r="4"><c r="B4"><v>40</v></c></row><row r="6">');
  });

  it('drops the cached values a shrunk dynamic array no longer reaches, keeping the cells’ style', async () => {
    const { cells, xml } = await recalculate({
      sheets: [
        {
          name: 'S',
          cells: [
            { ref: 'A1', formula: '_xlfn.SEQUENCE(2)', array: 'A1:A4', dynamic: true, cached: 1 },
            { ref: 'A2', value: 2 },
            { ref: 'A3', value: 3 },
            { ref: 'A4' },
          ],
        },
      ],
    });
    expect(cells.get('A1')?.f?.ref).toBe('A1:A2');
    expect([shownValue(cells.get('A1')), shownValue(cells.get('A2')), cells.get('A3'), cells.get('A4')]).toEqual([
      1,
      2,
      {},
      {},
    ]);
    expect(xml).toContain('<c r="A3"/>');
    expect(xml).toContain('<c r="A4" s="1"/>');
  });

  it('keeps a CSE array’s area: a one-column result repeats across, cells beyond it are #N/A', async () => {
    const { cells } = await recalculate({
      sheets: [
        {
          name: 'S',
          cells: [
            { ref: 'A1', formula: '{1;2}*D1', array: 'A1:B3', cached: 0 },
            { ref: 'D1', value: 10 },
          ],
        },
      ],
    });
    expect(cells.get('A1')?.f?.ref).toBe('A1:B3');
    expect(['A1', 'B1', 'A2', 'B2', 'A3', 'B3'].map((ref) => shownValue(cells.get(ref)))).toEqual([
      10,
      10,
      20,
      20,
      { error: '#N/A' },
      { error: '#N/A' },
    ]);
  });

  it('caches an error in each cell the runner gives one, and a call that fails as a whole once, in its anchor', async () => {
    const { cells } = await recalculate({
      sheets: [
        {
          name: 'S',
          cells: [
            {
              ref: 'A1',
              formula: '_xldudf_HC_OPTIMAL_MIX(D1:D2,500000,0.7,0.3)',
              array: 'A1:C1',
              dynamic: true,
              cached: 1,
            },
            { ref: 'B1', value: 1 },
            { ref: 'C1', value: 1 },
            { ref: 'D1', value: 1 },
            { ref: 'D2', value: 2 },
            // Attrition 10 (not 0.1) fails the whole call; the engine sized it 2×2 when it read the formula.
            { ref: 'A3', formula: '_xldudf_HC_HEADCOUNT_PLAN(10,{2;2},10)', array: 'A3:B4', dynamic: true, cached: 1 },
            { ref: 'B3', value: 1 },
            { ref: 'A4', value: 1 },
            { ref: 'B4', value: 1 },
          ],
        },
      ],
    });
    expect(['A1', 'B1', 'C1'].map((ref) => shownValue(cells.get(ref)))).toEqual(Array(3).fill({ error: '#VALUE!' }));
    expect(cells.get('A3')).toMatchObject({ t: 'e', v: '#NUM!', f: { ref: 'A3' } });
    expect([cells.get('B3'), cells.get('A4'), cells.get('B4')]).toEqual([{}, {}, {}]);
  });
});

describe('cell contents and workbook settings', () => {
  it('keeps text as text (numbers, formulas, dates in text stay text)', async () => {
    const { cells } = await recalculate({
      sheets: [
        {
          name: 'S',
          cells: [
            { ref: 'A1', value: '123' },
            { ref: 'A2', value: '=1+1' },
            { ref: 'A3', value: '1/2/2025' },
            { ref: 'B1', formula: 'A1&"x"' },
            { ref: 'B2', formula: 'ISTEXT(A2)' },
            { ref: 'B3', formula: 'ISTEXT(A3)' },
            { ref: 'C1', value: true },
            { ref: 'C2', formula: 'AND(C1,TRUE)' },
          ],
        },
      ],
    });
    expect(['B1', 'B2', 'B3', 'C2'].map((ref) => shownValue(cells.get(ref)))).toEqual(['123x', true, true, true]);
  });

  it('counts dates from 1904 when the workbook does', async () => {
    const cells = [{ ref: 'A1', formula: 'DATE(2020,1,1)' }];
    expect(shownValue((await recalculate({ sheets: [{ name: 'S', cells }] })).cells.get('A1'))).toBe(43831);
    expect(shownValue((await recalculate({ sheets: [{ name: 'S', cells }], date1904: true })).cells.get('A1'))).toBe(
      42369,
    );
  });

  it('reads global and sheet-scoped names, and reports names the engine cannot hold or read', async () => {
    const { cells, result } = await recalculate({
      sheets: [
        {
          name: 'S',
          cells: [
            { ref: 'A1', value: 2 },
            { ref: 'B1', formula: 'Rate*Local' },
            { ref: 'C1', formula: 'SUM(Both)' },
          ],
        },
        { name: 'T', cells: [{ ref: 'A1', formula: 'Local' }] },
      ],
      names: [
        { name: 'Rate', formula: 'S!$A$1' },
        { name: 'Local', formula: '3', localSheetId: 0 },
        { name: 'Both', formula: 'S!$A$1,S!$B$1' },
        { name: 'Here', formula: 'S!A1' },
      ],
    });
    expect(shownValue(cells.get('B1'))).toBe(6);
    expect(result.book.skippedNames).toEqual([{ name: 'Here', reason: 'the engine cannot hold =S!A1' }]);
    expect(result.unevaluated).toEqual([
      { address: 'S!C1', reason: '#ERROR! Parsing error. (from Both)' },
      { address: 'T!A1', reason: '#NAME? Named expression Local not recognized.' },
    ]);
  });
});

describe('what the engine cannot run', () => {
  it('uses and keeps a What-If data table’s stored values, and reports it', async () => {
    const { cells, result } = await recalculate({
      sheets: [
        {
          name: 'S',
          cells: [
            { ref: 'A1', value: 1 },
            { ref: 'B2', formula: '', dataTable: { ref: 'B2:B3', r1: 'A1' }, cached: 10 },
            { ref: 'B3', value: 20 },
            { ref: 'C2', formula: 'B2+B3', cached: 0 },
          ],
        },
      ],
    });
    expect([shownValue(cells.get('B2')), shownValue(cells.get('B3')), shownValue(cells.get('C2'))]).toEqual([
      10, 20, 30,
    ]);
    expect(result.unevaluated).toEqual([
      {
        address: 'S!B2',
        reason: 'a What-If data table, which the engine cannot run: its stored values are used and kept',
      },
    ]);
  });
});

describe('patchSheet', () => {
  it('changes only the patched cells’ elements, and adds cells into self-closing rows', () => {
    const xml =
      '<worksheet xmlns="m"><sheetPr/><sheetData><row r="1" spans="1:3"><c r="A1" s="4" t="s"><f>"a"&amp;"b"</f><v>0</v></c>' +
      '<c r="C1"><v>1</v></c></row><row r="2" ht="20" customHeight="1"/></sheetData><extLst><ext uri="x"/></extLst></worksheet>';
    const patched = patchSheet(xml, scanSheet(xml), {
      writes: [
        { row: 0, col: 0, value: 'ab' },
        { row: 0, col: 1, value: 1.5 },
        { row: 1, col: 2, value: { code: '#DIV/0!', message: '' } },
      ],
      clears: [{ row: 0, col: 2 }],
      arrayRefs: new Map(),
    });
    expect(patched).toBe(
      '<worksheet xmlns="m"><sheetPr/><sheetData><row r="1" spans="1:3"><c r="A1" s="4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
        '<c r="B1"><v>1.5</v></c><c r="C1"/></row><row r="2" ht="20" customHeight="1"><c r="C2" t="e"><v>#DIV/0!</v></c></row>' +
        '</sheetData><extLst><ext uri="x"/></extLst></worksheet>',
    );
  });
});
