import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildXlsx, xlsxParts } from '../xlsx/fixtures';
import { PLAN_BOOK, PLAN_EXPECTED } from '../xlsx/plan-book';
import { hcplan, shownValue, storedCells } from '../xlsx/read-back';
import packageJson from '../../package.json';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcplan-share-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);

describe('hcplan share', () => {
  it('writes a share-safe copy with native formulas and cached values, and leaves the input as it was', async () => {
    writeFileSync(file('plan.xlsx'), await buildXlsx(PLAN_BOOK));
    const before = readFileSync(file('plan.xlsx'));
    const result = await hcplan('share', file('plan.xlsx'), '-o', file('shared.xlsx'));
    expect(result).toEqual({
      code: 0,
      out: '',
      err: `hcplan share: 5 HC formulas translated (28 cells, 0 names), sheets "Share-safe copy" added → ${file('shared.xlsx')}`,
    });
    expect(readFileSync(file('plan.xlsx')).equals(before)).toBe(true);
    const parts = await xlsxParts(readFileSync(file('shared.xlsx')));
    const plan = storedCells(parts.get('xl/worksheets/sheet2.xml')!);
    expect(plan.get('A1')?.f?.text).not.toMatch(/HC/);
    expect(Number(shownValue(plan.get('A1')))).toBeCloseTo(PLAN_EXPECTED.A1 as number, 14);
    expect(parts.get('xl/worksheets/sheet3.xml')).toContain(`<t xml:space="preserve">${packageJson.version}</t>`);
    expect(readdirSync(dir).sort()).toEqual(['plan.xlsx', 'shared.xlsx']);
  });

  it('says which seeded simulations it kept as the values computed now, and exits 0', async () => {
    writeFileSync(
      file('sim.xlsx'),
      await buildXlsx({
        sheets: [
          {
            name: 'S',
            cells: [
              { ref: 'A1', value: 125000 },
              { ref: 'B1', formula: '_xldudf_HC_PARITY_PERCENTILES(A1,250000,1,0.5)', array: 'B1:E1', dynamic: true },
            ],
          },
        ],
      }),
    );
    const result = await hcplan('share', file('sim.xlsx'), '-o', file('shared.xlsx'));
    expect(result.code).toBe(0);
    expect(result.err.split('\n')).toEqual([
      `hcplan share: 1 HC formulas translated (4 cells, 0 names), sheets "Share-safe copy" added → ${file('shared.xlsx')}`,
      'hcplan share: 1 seeded simulations hold the values computed now (listed on the cover sheet): S!B1',
    ]);
  });

  it('lists the formulas it cannot translate on stderr, keeps them, and exits 3', async () => {
    writeFileSync(
      file('odd.xlsx'),
      await buildXlsx({
        sheets: [
          {
            name: 'S',
            cells: [
              { ref: 'A1', value: 1 },
              { ref: 'A2', value: 3 },
              { ref: 'B1', formula: 'SUM(HC.TOKENSHARE(A1:A2,1))' },
              { ref: 'B2', formula: 'HC.TOKENSHARE(A1,1)' },
            ],
          },
        ],
      }),
    );
    const result = await hcplan('share', file('odd.xlsx'), '-o', file('shared.xlsx'));
    expect(result.code).toBe(3);
    expect(result.err.split('\n')).toEqual([
      `hcplan share: 1 HC formulas translated (1 cells, 0 names), sheets "Share-safe copy" added → ${file('shared.xlsx')}`,
      'hcplan share: 1 formulas need the add-in or could not be evaluated; they are left as they were:',
      '  S!B1  not translated: HC.TOKENSHARE spills 2×1 inside another formula',
    ]);
    const cells = storedCells((await xlsxParts(readFileSync(file('shared.xlsx')))).get('xl/worksheets/sheet1.xml')!);
    expect(cells.get('B1')?.f?.text).toBe('SUM(HC.TOKENSHARE(A1:A2,1))');
    expect(Number(shownValue(cells.get('B1')))).toBeCloseTo(0.5 + 0.75, 14);
  });

  it.each([
    [['share'], 'which workbook?'],
    [['share', 'a.xlsx'], 'where to? give -o SHARED.xlsx'],
    [['share', 'a.xlsx', 'b.xlsx', '-o', 'c.xlsx'], 'one workbook at a time'],
    [['share', 'a.xlsx', '--in-place'], "Unknown option '--in-place'"],
  ])('refuses %j with usage and exit 2', async (argv, message) => {
    const result = await hcplan(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`hcplan share: ${message}`);
    expect(result.err).toContain('usage: hcplan share BOOK.xlsx -o SHARED.xlsx');
  });

  it('never writes over its input, even through another spelling of the path', async () => {
    writeFileSync(file('plan.xlsx'), await buildXlsx(PLAN_BOOK));
    const before = readFileSync(file('plan.xlsx'));
    const result = await hcplan('share', file('plan.xlsx'), '-o', join(dir, '.', 'plan.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${join(dir, '.', 'plan.xlsx')} is the input file; give another name with -o`);
    expect(readFileSync(file('plan.xlsx')).equals(before)).toBe(true);
  });

  it('reports a file it cannot read in one line, exit 2, writing nothing', async () => {
    writeFileSync(file('text.xlsx'), 'hello');
    const result = await hcplan('share', file('text.xlsx'), '-o', file('out.xlsx'));
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `hcplan share: ${file('text.xlsx')} is not an .xlsx file (not a zip package)`,
    });
    expect(existsSync(file('out.xlsx'))).toBe(false);
  });
});
