import JSZip from 'jszip';
import { findFunction, runFunction } from '../../src/registry';
import { makeShareSafeCopy, type ShareSafeCopy } from '../../src/share/workbook/share-workbook';
import { recalculateWorkbook } from '../../src/xlsx/recalculate';
import { buildXlsx, CUSTOM_XML, FixtureBook, xlsxParts } from '../xlsx/fixtures';
import { PLAN_BOOK, PLAN_EXPECTED, runRate } from '../xlsx/plan-book';
import { shownValue, storedCells, StoredCell } from '../xlsx/read-back';
import { DEFAULT_INPUTS, modelSheet, withScenarios } from './share-books';

/** An HC call in any file spelling (the model sheet's `HC_` names are not calls). */
const HC_CALL = /HC\.|_xldudf_HC_/i;
const MADE_AT = new Date('2026-11-27T09:30:00.000Z');
const share = (bytes: Buffer, fileName = 'plan.xlsx') =>
  makeShareSafeCopy(new Uint8Array(bytes), { fileName, version: '9.8.7', now: MADE_AT });

function expectShown(actual: unknown, expected: unknown): void {
  if (typeof expected === 'number') {
    expect(actual).toEqual(expect.any(Number));
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
  } else expect(actual).toEqual(expected);
}

/** Every formula of every worksheet part, by part and cell. */
function formulas(parts: Map<string, string>): { part: string; ref: string; cell: StoredCell }[] {
  return [...parts.entries()]
    .filter(([path]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path))
    .flatMap(([part, xml]) =>
      [...storedCells(xml).entries()].filter(([, cell]) => cell.f).map(([ref, cell]) => ({ part, ref, cell })),
    );
}

/** A sheet's cells as text: inline strings and numbers, for reading the added sheets. */
function sheetText(xml: string): string[][] {
  const rows: string[][] = [];
  for (const [, r, inner] of xml.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)) {
    rows[Number(r) - 1] = [...inner.matchAll(/<c r="[A-Z]+\d+"[^>]*>([\s\S]*?)<\/c>/g)].map(([, cell]) => {
      const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(cell)?.[1] ?? /<v>([\s\S]*?)<\/v>/.exec(cell)?.[1] ?? '';
      return text
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    });
  }
  return rows;
}

describe('makeShareSafeCopy on the planning workbook (spellings, spill, names, shared formulas, chart)', () => {
  let input: Buffer;
  let copy: ShareSafeCopy;
  let original: Map<string, string>;
  let written: Map<string, string>;
  beforeAll(async () => {
    input = await buildXlsx(PLAN_BOOK);
    const before = Buffer.from(input);
    copy = await share(input);
    expect(input.equals(before)).toBe(true);
    [original, written] = await Promise.all([xlsxParts(input), xlsxParts(Buffer.from(copy.bytes))]);
  });

  it('leaves no HC call in any formula, and says what it converted', () => {
    expect(formulas(written).filter(({ cell }) => HC_CALL.test(cell.f?.text ?? ''))).toEqual([]);
    // A1, A2, A3, A5 and the spill B1 (24 cells); D1:D3 (shared, no HC call) and the native ones stay.
    expect(copy).toMatchObject({ formulasConverted: 5, cellsWritten: 28, namesConverted: 0, untranslated: [] });
    expect(copy.unevaluated).toEqual([]);
    expect(copy.summarySheet).toBeUndefined();
  });

  it('caches the add-in’s values in every formula cell', () => {
    const plan = storedCells(written.get('xl/worksheets/sheet2.xml')!);
    for (const [ref, expected] of Object.entries(PLAN_EXPECTED)) {
      if (typeof expected === 'object') expect([ref, plan.get(ref)?.t]).toEqual([ref, 'e']);
      else expectShown(shownValue(plan.get(ref)), expected);
    }
    expect(plan.get('A5')).toMatchObject({ t: 'e', v: '#NUM!' });
    for (let month = 1; month <= 24; month++) expectShown(shownValue(plan.get(`B${month}`)), runRate(month));
  });

  it('turns the spilled HC anchor into a plain formula in every cell of its range, without array or cm markers', () => {
    const plan = storedCells(written.get('xl/worksheets/sheet2.xml')!);
    for (let month = 1; month <= 24; month++) {
      const cell = plan.get(`B${month}`)!;
      expect([month, cell.cm, cell.f?.t, cell.f?.ref]).toEqual([month, undefined, undefined, undefined]);
      expect(cell.f?.text).not.toMatch(/SEQUENCE|HC/);
    }
    // The shared native group is left as it was.
    expect(plan.get('D1')?.f).toEqual({ text: 'A1*10', t: 'shared', ref: 'D1:D3' });
    expect(plan.get('D2')?.f).toMatchObject({ t: 'shared' });
  });

  it('keeps every other part byte-identical: chart, drawing, custom XML, styles, metadata, the input sheet', () => {
    const changed = new Set([
      'xl/worksheets/sheet2.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
    ]);
    for (const [path, text] of original)
      if (!changed.has(path)) expect([path, written.get(path)]).toEqual([path, text]);
    expect(written.get('customXml/item1.xml')).toBe(CUSTOM_XML);
    expect(written.get('xl/worksheets/sheet1.xml')).toContain('<dataValidation type="decimal"');
    expect([...written.keys()].filter((path) => !original.has(path))).toEqual(['xl/worksheets/sheet3.xml']);
    // Outside sheetData the converted sheet is unchanged (its drawing link included).
    const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '');
    expect(outside(written.get('xl/worksheets/sheet2.xml')!)).toBe(outside(original.get('xl/worksheets/sheet2.xml')!));
  });

  it('adds the cover sheet as a new worksheet part with its sheet entry, relationship and content type', () => {
    expect(copy.coverSheet).toBe('Share-safe copy');
    expect(written.get('xl/workbook.xml')).toContain(
      '<sheet name="Share-safe copy" sheetId="3" r:id="rId7"/></sheets>',
    );
    expect(written.get('xl/_rels/workbook.xml.rels')).toContain(
      '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>',
    );
    expect(written.get('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    const cover = sheetText(written.get('xl/worksheets/sheet3.xml')!);
    expect(cover.slice(3, 10)).toEqual([
      ['Made (UTC)', '2026-11-27T09:30:00.000Z'],
      ['From workbook', 'plan.xlsx'],
      ['HC Planner add-in version', '9.8.7'],
      ['HC formulas converted', '5'],
      ['Cells now holding native formulas', '28'],
      ['Defined names converted', '0'],
      ['Formulas left untranslated', '0'],
    ]);
    expect(cover.flat()).toContain('Every HC formula was translated.');
    expect(cover.flat()).toContain('none in this workbook');
  });
});

describe('makeShareSafeCopy on formulas it must expand or cannot translate', () => {
  const book: FixtureBook = {
    sheets: [
      {
        name: 'S',
        cells: [
          { ref: 'A1', value: 100000 },
          { ref: 'A2', value: 200000 },
          { ref: 'A3', value: 300000 },
          { ref: 'B1', formula: '_xldudf_HC_TOKENSHARE(A1,375000)', shared: { si: 0, ref: 'B1:B3' }, cached: 9 },
          { ref: 'B2', formula: '', shared: { si: 0 }, cached: 9 },
          { ref: 'B3', formula: '', shared: { si: 0 }, cached: 9 },
          { ref: 'C1', formula: '_xldudf_HC_TOKENSHARE(A1:A3,375000)*2', cached: 9 },
          { ref: 'C2', formula: 'Share*100', cached: 9 },
          { ref: 'D1', formula: '_xldudf_HC_TOKENSHARE(A1:A3,375000)', array: 'D1:D2', dynamic: true, cached: 9 },
          { ref: 'D2', value: 9 },
          { ref: 'E1', formula: '_xldudf_HC_TOKENSHARE(A1:A2,375000)', array: 'E1:E3' },
          { ref: 'F1', formula: '_xldudf_HC_TOKENSHARE(A1:A3,375000)', array: 'F1:F2', dynamic: true },
          { ref: 'F3', value: 'typed by the analyst' },
        ],
      },
    ],
    names: [{ name: 'Share', formula: '_xldudf_HC_TOKENSHARE(S!$A$1,375000)' }],
  };
  let copy: ShareSafeCopy;
  let cells: Map<string, StoredCell>;
  beforeAll(async () => {
    copy = await share(await buildXlsx(book), 'odd.xlsx');
    cells = storedCells((await xlsxParts(Buffer.from(copy.bytes))).get('xl/worksheets/sheet1.xml')!);
  });

  it('expands a shared group with HC calls into plain native formulas, one per cell', () => {
    for (const [ref, salary] of [
      ['B1', 100000],
      ['B2', 200000],
      ['B3', 300000],
    ] as const) {
      expect(cells.get(ref)?.f?.t).toBeUndefined();
      expect(cells.get(ref)?.f?.text).toContain(`A${salary / 100000}`);
      expectShown(shownValue(cells.get(ref)), salary / (salary + 375000));
    }
  });

  it('translates HC calls in defined names', async () => {
    const workbook = (await xlsxParts(Buffer.from(copy.bytes))).get('xl/workbook.xml')!;
    expect(/<definedName name="Share">([^<]*)<\/definedName>/.exec(workbook)?.[1]).not.toMatch(/HC/);
    expect(copy.namesConverted).toBe(1);
    expectShown(shownValue(cells.get('C2')), 10000000 / 475000);
  });

  it('grows a spill to its result, and fills a legacy array’s area with #N/A beyond the result', () => {
    expectShown(shownValue(cells.get('D3')), 300000 / 675000);
    expect(cells.get('D3')?.f?.text).toContain('INDEX(A1:A3,3,1)');
    expect(cells.get('E3')?.f?.text).toBe('NA()');
    expect(cells.get('E3')).toMatchObject({ t: 'e', v: '#N/A' });
  });

  it('lists what it cannot translate with address and reason, and leaves it as it was', () => {
    expect(copy.untranslated).toEqual([
      { address: 'S!C1', reason: '_xldudf_HC_TOKENSHARE spills 3×1 inside another formula' },
      { address: 'S!F1', reason: 'its 3×1 result would overwrite F3' },
    ]);
    expect(cells.get('C1')?.f?.text).toBe('_xldudf_HC_TOKENSHARE(A1:A3,375000)*2');
    expect(cells.get('F1')).toMatchObject({ cm: '1', f: { t: 'array', ref: 'F1:F2' } });
    expect(cells.get('F3')).toMatchObject({ t: 's' });
  });
});

describe('makeShareSafeCopy on a workbook with the panel’s model sheet and saved scenarios', () => {
  let copy: ShareSafeCopy;
  let input: Buffer;
  let parts: Map<string, string>;
  beforeAll(async () => {
    const model = modelSheet({ ...DEFAULT_INPUTS, horizonMonths: 24 }, 0);
    input = await withScenarios(await buildXlsx({ sheets: [model.sheet], names: model.names }), [
      { name: 'Base', inputs: DEFAULT_INPUTS },
      { name: 'Lean', inputs: { ...DEFAULT_INPUTS, teamSize: 5 } },
    ]);
    copy = await share(input, 'model.xlsx');
    parts = await xlsxParts(Buffer.from(copy.bytes));
  });

  it('translates every HC formula of the model sheet to the add-in’s values (HyperFormula on the native copy)', async () => {
    const addIn = await recalculateWorkbook(input, 'model.xlsx');
    const expected = storedCells((await xlsxParts(await addIn.save())).get('xl/worksheets/sheet1.xml')!);
    const actual = storedCells(parts.get('xl/worksheets/sheet1.xml')!);
    let compared = 0;
    for (const [ref, cell] of expected) {
      if (!cell.f) continue;
      expect([ref, HC_CALL.test(actual.get(ref)?.f?.text ?? '')]).toEqual([ref, false]);
      expect([ref, actual.get(ref)?.t]).toEqual([ref, cell.t]);
      expectShown(shownValue(actual.get(ref)), shownValue(cell));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
    expect(copy.untranslated).toEqual([]);
  });

  it('adds a leadership summary of native formulas over the model sheet, and a native line chart', () => {
    expect(copy.summarySheet).toBe('Leadership summary');
    const xml = parts.get('xl/worksheets/sheet3.xml')!;
    const summary = storedCells(xml);
    const model = storedCells(parts.get('xl/worksheets/sheet1.xml')!);
    expect(summary.get('B6')?.f?.text).toBe("'HC Model'!$F$5");
    expect(shownValue(summary.get('B6'))).toEqual(shownValue(model.get('F5')));
    expect(sheetText(xml)[3]).toEqual(['Headline', 'Value']);
    expect(xml).toContain('<drawing r:id="rId1"/>');
    expect(parts.get('xl/worksheets/_rels/sheet3.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(parts.get('xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    expect(parts.get('xl/charts/chart1.xml')).toContain("<c:f>'HC Model'!$B$");
    expect(parts.get('[Content_Types].xml')).toContain('PartName="/xl/charts/chart1.xml"');
  });

  it('records the scenarios’ inputs on the cover sheet', () => {
    const cover = sheetText(parts.get('xl/worksheets/sheet2.xml')!);
    const header = cover.find((row) => row?.[0] === 'Scenario inputs');
    expect(header).toEqual(['Scenario inputs', 'Base', 'Lean']);
    expect(cover.find((row) => row?.[0]?.startsWith('Team size'))).toEqual([
      'Team size (engineers)',
      String(DEFAULT_INPUTS.teamSize),
      '5',
    ]);
  });
});

describe('makeShareSafeCopy on a workbook with saved scenarios but no model sheet', () => {
  it('adds the first scenario’s model sheet (native formulas, sheet-scoped names) and summarises it', async () => {
    const lean = { ...DEFAULT_INPUTS, teamSize: 5, horizonMonths: 24 };
    const input = await withScenarios(await buildXlsx(PLAN_BOOK), [
      { name: 'Lean', inputs: lean },
      { name: 'Base', inputs: DEFAULT_INPUTS },
    ]);
    const copy = await share(input);
    expect(copy).toMatchObject({ addedModelSheet: 'HC Model', summarySheet: 'Leadership summary', untranslated: [] });
    expect(copy.unevaluated).toEqual([]);
    const parts = await xlsxParts(Buffer.from(copy.bytes));
    const workbook = parts.get('xl/workbook.xml')!;
    expect(workbook).toContain('<sheet name="HC Model" sheetId="4" r:id="rId8"/>');
    expect(workbook).toContain(`<definedName name="HC_ComputePerHead" localSheetId="3">'HC Model'!$F$5</definedName>`);
    const added = storedCells(parts.get('xl/worksheets/sheet4.xml')!);
    expect([...added.values()].filter((cell) => cell.f && HC_CALL.test(cell.f.text))).toEqual([]);

    // The same scenario as the panel inserts it, computed by the add-in: the summary must show its numbers.
    const model = modelSheet(lean, 0);
    const addIn = await recalculateWorkbook(
      await buildXlsx({ sheets: [model.sheet], names: model.names }),
      'lean.xlsx',
    );
    const expected = storedCells((await xlsxParts(await addIn.save())).get('xl/worksheets/sheet1.xml')!);
    const summary = storedCells(parts.get('xl/worksheets/sheet5.xml')!);
    for (let row = 5; row <= 11; row++) {
      const reference = summary.get(`B${row}`)?.f?.text ?? '';
      const target = /\$([A-Z]+)\$(\d+)$/.exec(reference)!;
      expectShown(shownValue(summary.get(`B${row}`)), shownValue(expected.get(`${target[1]}${target[2]}`)));
    }
    expect(parts.get('xl/charts/chart2.xml')).toContain("<c:f>'HC Model'!$C$");
    const cover = sheetText(parts.get('xl/worksheets/sheet3.xml')!);
    expect(cover.find((row) => row?.[0] === 'Model sheet')).toEqual([
      'Model sheet',
      '"HC Model" was added for the saved scenario "Lean" (the workbook had none)',
    ]);
  });
});

describe('makeShareSafeCopy refuses what is not a workbook', () => {
  it('with the package reader’s message', async () => {
    await expect(share(Buffer.from('not a zip'), 'x.xlsx')).rejects.toThrow(
      'x.xlsx is not an .xlsx file (not a zip package)',
    );
  });
  it('a zip without a workbook', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'a');
    await expect(share(await zip.generateAsync({ type: 'nodebuffer' }), 'y.xlsx')).rejects.toThrow(
      'y.xlsx is not an .xlsx workbook (it has no xl/workbook.xml)',
    );
  });
});

describe('makeShareSafeCopy on price lookups', () => {
  it('replaces TOKENPRICE and model ids by the catalogue’s price and lists them on the cover sheet', async () => {
    const book: FixtureBook = {
      sheets: [
        {
          name: 'P',
          cells: [
            { ref: 'A1', formula: '_xldudf_HC_TOKENPRICE("gpt-4o","output")', cached: 0 },
            { ref: 'A2', formula: '_xldudf_HC_COMPUTE_PER_HEAD(1000000,"gpt-4o")', cached: 0 },
          ],
        },
      ],
    };
    const copy = await share(await buildXlsx(book), 'prices.xlsx');
    const parts = await xlsxParts(Buffer.from(copy.bytes));
    const cells = storedCells(parts.get('xl/worksheets/sheet1.xml')!);
    expect([cells.get('A1')?.f?.text, shownValue(cells.get('A1'))]).toEqual(['10', 10]);
    expect(cells.get('A2')?.f?.text).not.toMatch(HC_CALL);
    expectShown(shownValue(cells.get('A2')), 1006.25);
    const cover = sheetText(parts.get('xl/worksheets/sheet2.xml')!);
    const listed = cover.findIndex(
      (row) => row?.[0] === 'Price lookups replaced by their price ($ per million tokens)',
    );
    expect(listed).toBeGreaterThan(0);
    expect(cover.slice(listed + 1, listed + 3).map((row) => row.slice(0, 2))).toEqual([
      ['gpt-4o, output', '10'],
      ['gpt-4o, blended', expect.stringMatching(/^4\.375$/)],
    ]);
  });
});

describe('makeShareSafeCopy reads constants in cells', () => {
  const percentiles = (args: unknown[]) => runFunction(findFunction('PARITY_PERCENTILES')!, args)[0];

  it('prices model ids held in cells, and holds seeded simulations over constant cells as their values', async () => {
    const book: FixtureBook = {
      sheets: [
        {
          name: 'Inputs',
          cells: [
            { ref: 'A1', value: 'gpt-4o' },
            { ref: 'B1', value: 125000 },
            { ref: 'B2', value: 250000 },
          ],
        },
        {
          name: 'Plan',
          cells: [
            { ref: 'A1', value: 1 },
            { ref: 'A2', formula: '0.5*2', cached: 1 },
            { ref: 'B1', formula: '_xldudf_HC_COMPUTE_PER_HEAD(1000000,Inputs!A1)', cached: 0 },
            {
              ref: 'C1',
              formula: '_xldudf_HC_PARITY_PERCENTILES(Inputs!$B$1,Salary,A1,0.5)',
              cached: 0,
              array: 'C1:F1',
              dynamic: true,
            },
            {
              ref: 'C2',
              formula: '_xldudf_HC_PARITY_PERCENTILES(Inputs!$B$1,Salary,A2,0.5)',
              cached: 0,
              array: 'C2:F2',
              dynamic: true,
            },
          ],
        },
      ],
      names: [{ name: 'Salary', formula: 'Inputs!$B$2' }],
    };
    const copy = await share(await buildXlsx(book), 'cells.xlsx');
    const parts = await xlsxParts(Buffer.from(copy.bytes));
    const cells = storedCells(parts.get('xl/worksheets/sheet2.xml')!);
    expect(cells.get('B1')?.f?.text).not.toMatch(HC_CALL);
    expectShown(shownValue(cells.get('B1')), 1006.25);
    const expected = percentiles([125000, 250000, 1, 0.5]);
    expect(['C1', 'D1', 'E1', 'F1'].map((ref) => shownValue(cells.get(ref)))).toEqual(expected);
    // A2 is a formula: its value could change in the copy, so that simulation keeps its HC call.
    expect(copy.untranslated).toEqual([
      { address: 'Plan!C2', reason: 'HC.PARITY_PERCENTILES reads A2, whose value is not known here' },
    ]);
    const call = 'HC.PARITY_PERCENTILES(Inputs!$B$1,Salary,A1,0.5)';
    expect(copy.frozen).toEqual([{ address: 'Plan!C1', call, values: [expected] }]);
    const cover = sheetText(parts.get('xl/worksheets/sheet3.xml')!);
    const listed = cover.findIndex((row) => row?.[0]?.startsWith('Computed when this copy was made'));
    expect(listed).toBeGreaterThan(0);
    expect(cover[listed + 1]).toEqual(['Plan!C1', call, expected.join(', ')]);
  });
});
