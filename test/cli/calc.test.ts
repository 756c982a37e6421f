import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ProgressBar } from '../../src/cli/progress';
import { buildXlsx, FixtureCell, xlsxParts } from '../xlsx/fixtures';
import { PLAN_BOOK, PLAN_EXPECTED } from '../xlsx/plan-book';
import { hcplan, shownValue, storedCells } from '../xlsx/read-back';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcplan-calc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => join(dir, name);
async function planFile(name = 'plan.xlsx'): Promise<string> {
  writeFileSync(file(name), await buildXlsx(PLAN_BOOK));
  return file(name);
}

function expectShown(actual: unknown, expected: unknown): void {
  if (typeof expected === 'number') {
    expect(actual).toEqual(expect.any(Number));
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
  } else expect(actual).toEqual(expected);
}

describe('hcplan calc on a workbook built in the test', () => {
  it('caches every formula’s value (HC in both spellings, native, cross-sheet, names, shared, a spill) and keeps everything else', async () => {
    const input = await planFile();
    const before = readFileSync(input);
    const result = await hcplan('calc', input, '-o', file('out.xlsx'));
    expect(result).toEqual({ code: 0, out: '', err: `hcplan calc: 12 formulas recalculated → ${file('out.xlsx')}` });
    expect(readFileSync(input).equals(before)).toBe(true);

    const [original, written] = await Promise.all([xlsxParts(before), xlsxParts(readFileSync(file('out.xlsx')))]);
    expect([...written.keys()]).toEqual([...original.keys()]);
    // Every part but the recalculated sheet is byte-identical: chart, drawing, relationships, content
    // types, dynamic-array metadata, custom XML, styles, the other sheet (with its data validation).
    for (const [path, text] of original)
      if (path !== 'xl/worksheets/sheet2.xml') expect([path, written.get(path)]).toEqual([path, text]);
    expect(written.get('xl/charts/chart1.xml')).toContain('<c:f>Plan!$B$1:$B$24</c:f>');
    expect(written.get('xl/worksheets/_rels/sheet2.xml.rels')).toContain('../drawings/drawing1.xml');
    expect(written.get('xl/worksheets/sheet1.xml')).toContain('<dataValidation type="decimal"');
    // In the recalculated sheet only sheetData changed, and there only cached values.
    const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '');
    const sheet = written.get('xl/worksheets/sheet2.xml') as string;
    expect(outside(sheet)).toBe(outside(original.get('xl/worksheets/sheet2.xml') as string));
    expect(sheet).toContain('<drawing r:id="rId1"/>');

    const cells = storedCells(sheet);
    const originalCells = storedCells(original.get('xl/worksheets/sheet2.xml') as string);
    for (const [ref, expected] of Object.entries(PLAN_EXPECTED)) expectShown(shownValue(cells.get(ref)), expected);
    for (const [ref, cell] of originalCells)
      expect([ref, cells.get(ref)?.f, cells.get(ref)?.cm]).toEqual([ref, cell.f, cell.cm]);
    expect(cells.get('B1')?.f).toEqual({
      text: '_xldudf_HC_COMPUTE_RUN_RATE(Inputs!B1,1,_xlfn.SEQUENCE(24))',
      t: 'array',
      ref: 'B1:B24',
    });
    expect(cells.get('A5')).toMatchObject({ t: 'e', v: '#NUM!' });
    expect(cells.get('A6')).toMatchObject({ t: 'str', v: 'high' });
    expect(cells.get('A7')).toMatchObject({ t: 'b', v: '0' });
  });

  it('writes values another reader (exceljs) sees as the formulas’ results', async () => {
    const input = await planFile();
    expect((await hcplan('calc', input, '-o', file('out.xlsx'))).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('out.xlsx'));
    const plan = workbook.getWorksheet('Plan') as ExcelJS.Worksheet;
    const result = (ref: string) => (plan.getCell(ref).value as { result?: unknown }).result;
    expectShown(result('A1'), PLAN_EXPECTED.A1);
    expectShown(result('A3'), PLAN_EXPECTED.A3);
    expect(result('A5')).toEqual({ error: '#NUM!' });
    expectShown(plan.getCell('B24').value, PLAN_EXPECTED.B24);
    expectShown(result('D3'), PLAN_EXPECTED.D3);
  });

  it('prints a range with --print, as text or JSON, with or without writing', async () => {
    const input = await planFile();
    const printed = await hcplan('calc', input, '--print', 'Plan!A5:A7');
    expect(printed).toEqual({ code: 0, out: '#NUM! compute_per_head must be ≥ 0\nhigh\nFALSE', err: '' });
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    const json = await hcplan('calc', input, '-o', file('out.xlsx'), '--print', "'Plan'!B23:B24", '--json');
    expect(JSON.parse(json.out)).toEqual([[PLAN_EXPECTED.B23], [PLAN_EXPECTED.B24]]);
    expect((await hcplan('calc', input, '--print', 'Plan!A2')).out).toBe('487500');
  });

  it('overwrites its input only with --in-place, and leaves no temporary file', async () => {
    const input = await planFile();
    const before = readFileSync(input);
    expect(await hcplan('calc', input, '-o', input)).toMatchObject({
      code: 2,
      err: expect.stringContaining(`${input} is the input file; add --in-place to overwrite it`),
    });
    expect(readFileSync(input).equals(before)).toBe(true);
    expect((await hcplan('calc', input, '--in-place')).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    expectShown(
      shownValue(
        storedCells((await xlsxParts(readFileSync(input))).get('xl/worksheets/sheet2.xml') as string).get('A1'),
      ),
      PLAN_EXPECTED.A1,
    );
  });

  it('lists the cells it cannot evaluate with the reason, leaves them as saved, and exits 3', async () => {
    const cells: FixtureCell[] = [
      { ref: 'A1', formula: '_xlfn.LET(_xlpm.x,2,_xlpm.x*3)', cached: 6 },
      { ref: 'A2', formula: 'A1+1', cached: 7 },
      { ref: 'A3', formula: 'HC.TOKENSHARE(1,1)', cached: 999 },
      { ref: 'A4', formula: 'A4+1', cached: 5 },
    ];
    writeFileSync(file('let.xlsx'), await buildXlsx({ sheets: [{ name: 'Plan', cells }] }));
    const result = await hcplan('calc', file('let.xlsx'), '-o', file('out.xlsx'));
    expect(result.code).toBe(3);
    expect(result.err.split('\n')).toEqual([
      `hcplan calc: 4 formulas recalculated → ${file('out.xlsx')}`,
      'hcplan calc: 3 cells could not be evaluated and are left as saved:',
      '  Plan!A1  #NAME? Function name LET not recognized.',
      '  Plan!A2  #NAME? Function name LET not recognized. (from Plan!A1)',
      '  Plan!A4  #CYCLE! a circular reference (iterative calculation is not supported)',
    ]);
    const written = storedCells(
      (await xlsxParts(readFileSync(file('out.xlsx')))).get('xl/worksheets/sheet1.xml') as string,
    );
    expect([
      shownValue(written.get('A1')),
      shownValue(written.get('A2')),
      shownValue(written.get('A3')),
      shownValue(written.get('A4')),
    ]).toEqual([6, 7, 0.5, 5]);
  });

  it('lists the first 50 such cells and counts the rest', async () => {
    const cells: FixtureCell[] = Array.from({ length: 60 }, (_, i) => ({ ref: `A${i + 1}`, formula: 'NOPE()' }));
    writeFileSync(file('nope.xlsx'), await buildXlsx({ sheets: [{ name: 'S', cells }] }));
    const lines = (await hcplan('calc', file('nope.xlsx'), '--print', 'S!A1')).err.split('\n');
    expect(lines[0]).toBe('hcplan calc: 60 cells could not be evaluated and are left as saved:');
    expect(lines.slice(1, 51).every((line) => line.endsWith('#NAME? Function name NOPE not recognized.'))).toBe(true);
    expect(lines.slice(51)).toEqual(['  … and 10 more']);
  });

  it('shows a progress bar on stderr above 10,000 formulas, and none below', async () => {
    const many: FixtureCell[] = Array.from({ length: 10_001 }, (_, i) => ({
      ref: `A${i + 1}`,
      formula: `HC.TOKENSHARE(${i},1)`,
    }));
    writeFileSync(file('many.xlsx'), await buildXlsx({ sheets: [{ name: 'Plan', cells: many }] }));
    const result = await hcplan('calc', file('many.xlsx'), '-o', file('out.xlsx'));
    expect(result.code).toBe(0);
    const bars = result.err.split('\n').filter((line) => line.startsWith('['));
    expect(bars[0]).toBe(`[------------------------------]   0% evaluating 10,001 formulas`);
    expect(bars[bars.length - 1]).toBe(`[##############################] 100% writing ${file('out.xlsx')}`);
    expect(bars.length).toBeGreaterThanOrEqual(5);
    expect((await hcplan('calc', await planFile(), '-o', file('small.xlsx'))).err).not.toContain('[');
  }, 60_000);
});

describe('the progress bar', () => {
  it('redraws in place on a terminal, clearing the rest of the line, and ends the line when finished', () => {
    const written: string[] = [];
    const bar = new ProgressBar((text) => written.push(text), true);
    bar.update(0.5, 'collecting 20,000 formulas');
    bar.update(0.5, 'collecting 20,000 formulas');
    bar.update(1, 'writing out.xlsx');
    bar.finish();
    expect(written).toEqual([
      `\r[${'#'.repeat(15)}${'-'.repeat(15)}]  50% collecting 20,000 formulas\x1b[K`,
      `\r[${'#'.repeat(30)}] 100% writing out.xlsx\x1b[K`,
      '\n',
    ]);
  });

  it('writes a line per 10% step elsewhere', () => {
    const written: string[] = [];
    const bar = new ProgressBar((text) => written.push(text), false);
    for (let done = 0; done <= 100; done++) bar.update(done / 100, 'evaluating');
    bar.finish();
    expect(written).toHaveLength(11);
    expect(written[3]).toBe(`[${'#'.repeat(9)}${'-'.repeat(21)}]  30% evaluating`);
  });
});

describe('hcplan calc refuses what it cannot use, with one line and exit 2, writing nothing', () => {
  const refused = async (name: string, bytes: Buffer | undefined, message: string) => {
    if (bytes) writeFileSync(file(name), bytes);
    const result = await hcplan('calc', file(name), '-o', file('out.xlsx'));
    expect(result).toEqual({ code: 2, out: '', err: `hcplan calc: ${message.replace('FILE', file(name))}` });
    expect(existsSync(file('out.xlsx'))).toBe(false);
  };

  it('a missing file', () => refused('missing.xlsx', undefined, 'no such file: FILE'));
  it('a file that is not a zip package', () =>
    refused('notes.xlsx', Buffer.from('quarter,plan\n1,2\n'), 'FILE is not an .xlsx file (not a zip package)'));
  it('a zip that is not a workbook', async () => {
    const zip = new JSZip().file('readme.txt', 'hello');
    await refused(
      'other.xlsx',
      await zip.generateAsync({ type: 'nodebuffer' }),
      'FILE is not an .xlsx workbook (it has no xl/workbook.xml)',
    );
  });
  it('a password-protected workbook (an OLE compound file holding EncryptedPackage)', () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([
      header,
      Buffer.alloc(1016),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    return refused(
      'secret.xlsx',
      encrypted,
      'FILE is password-protected (encrypted); save a copy without a password in Excel and run hcplan on that',
    );
  });
  it('a legacy .xls workbook', () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return refused(
      'old.xls',
      Buffer.concat([header, Buffer.from('Workbook', 'utf16le')]),
      'FILE is a legacy binary workbook (.xls), not .xlsx; save it as .xlsx in Excel first',
    );
  });

  it('a command line it cannot follow', async () => {
    const input = await planFile();
    for (const argv of [
      ['calc'],
      ['calc', input],
      ['calc', input, 'other.xlsx', '-o', file('out.xlsx')],
      ['calc', input, '-o', file('out.xlsx'), '--in-place'],
      ['calc', input, '--frobnicate'],
    ]) {
      const result = await hcplan(...argv);
      expect([argv, result.code, result.err]).toEqual([
        argv,
        2,
        expect.stringMatching(/^hcplan calc: .*\nusage: hcplan calc BOOK\.xlsx/),
      ]);
    }
    expect(await hcplan('calc', input, '-o', file('out.xlsx'), '--print', 'Nowhere!A1')).toEqual({
      code: 2,
      out: '',
      err: 'hcplan calc: cannot read the range Nowhere!A1: write it as Sheet1!A1:C10 with a sheet of the workbook',
    });
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('an output it cannot write, leaving no partial file', async () => {
    const input = await planFile();
    const result = await hcplan('calc', input, '-o', join(dir, 'no-such-dir', 'out.xlsx'));
    expect(result).toMatchObject({
      code: 2,
      err: `hcplan calc: cannot write ${join(dir, 'no-such-dir', 'out.xlsx')}: ENOENT`,
    });
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });
});

const BIN = join(__dirname, '..', '..', 'bin', 'hcplan.js');
const built = existsSync(join(__dirname, '..', '..', 'build', 'node', 'src', 'cli', 'main.js'));
(built ? describe : describe.skip)('hcplan calc as a process', () => {
  it('exits 0, 2 or 3', async () => {
    const input = await planFile();
    const ok = spawnSync('node', [BIN, 'calc', input, '-o', file('out.xlsx'), '--print', 'Plan!A2'], {
      encoding: 'utf8',
    });
    expect([ok.status, ok.stdout]).toEqual([0, '487500\n']);
    expect(existsSync(file('out.xlsx'))).toBe(true);
    expect(spawnSync('node', [BIN, 'calc', file('missing.xlsx'), '-o', file('x.xlsx')]).status).toBe(2);
    writeFileSync(
      file('let.xlsx'),
      await buildXlsx({ sheets: [{ name: 'S', cells: [{ ref: 'A1', formula: 'NOPE()' }] }] }),
    );
    const failed = spawnSync('node', [BIN, 'calc', file('let.xlsx'), '-o', file('y.xlsx')], { encoding: 'utf8' });
    expect([failed.status, failed.stderr]).toEqual([
      3,
      expect.stringContaining('S!A1  #NAME? Function name NOPE not recognized.'),
    ]);
  }, 60_000);
});
if (!built) console.warn('build/node missing: run `npm run build:node` to test the hcplan bin as a process');
