import JSZip from 'jszip';
import { emptyStore, saveScenario } from '../../src/scenarios/operations';
import { storeToXml } from '../../src/scenarios/xml';
import { exportXlsx } from '../../src/standalone/xlsx-export';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import { DEFAULT_INPUTS } from '../../src/taskpane/planner/inputs';
import { shareSafeFile } from '../../src/taskpane/planner/share-copy';
import { shareSafeName } from '../../src/taskpane/planner/share-name';
import { EmbeddedWorkbook } from '../../src/taskpane/ports/embedded';
import { CopyRefused } from '../../src/taskpane/ports/workbook-port';

/** An HC call in any file spelling (the model sheet's `HC_` names are not calls). */
const HC_CALL = /HC\.|_xldudf_HC_|_xll\.HC/i;

async function formulasOf(zip: JSZip): Promise<string[]> {
  const sheets = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
  const texts = await Promise.all(sheets.map((path) => zip.file(path)!.async('string')));
  return texts.flatMap((xml) => [...xml.matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)].map(([, text]) => text));
}

describe('share-safe copy of the standalone page’s embedded workbook', () => {
  test('exports, converts and offers the copy as a download; the embedded workbook stays as it was', async () => {
    const delivered: { name: string; file: Blob }[] = [];
    const workbook = EmbeddedWorkbook.create(undefined, undefined, undefined, (name, file) =>
      delivered.push({ name, file }),
    );
    await workbook.insertSheet(modelSheetLayout({ ...DEFAULT_INPUTS, horizonMonths: 12 }, 'current inputs'));
    await workbook.writeScenarioXml(storeToXml(saveScenario(emptyStore(), 'Base', DEFAULT_INPUTS, new Date(0))));
    const exportedBefore = await (await exportXlsx(workbook)).arrayBuffer();
    const inputFormulas = await formulasOf(await JSZip.loadAsync(exportedBefore));
    expect(inputFormulas.filter((text) => HC_CALL.test(text)).length).toBeGreaterThan(10);

    let converted = 0;
    const delivery = await workbook.openDerivedCopy(async (file) => {
      expect(file.name).toBe('hc-planner.xlsx');
      const made = await shareSafeFile(file);
      converted = made.copy.formulasConverted;
      expect(made.copy.untranslated).toEqual([]);
      expect([made.copy.coverSheet, made.copy.summarySheet]).toEqual(['Share-safe copy', 'Leadership summary']);
      return made.file;
    });

    expect(delivery).toEqual({ kind: 'downloaded', name: 'hc-planner (share-safe).xlsx' });
    expect(delivered.map(({ name, file }) => [name, file.type])).toEqual([
      ['hc-planner (share-safe).xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const copy = await JSZip.loadAsync(await delivered[0].file.arrayBuffer());
    const formulas = await formulasOf(copy);
    expect(converted).toBeGreaterThan(10);
    expect(formulas.filter((text) => HC_CALL.test(text))).toEqual([]);
    const sheets = [...(await copy.file('xl/workbook.xml')!.async('string')).matchAll(/<sheet name="([^"]+)"/g)].map(
      ([, name]) => name,
    );
    expect(sheets).toEqual(['Sheet1', 'HC Model', 'Share-safe copy', 'Leadership summary']);
    // Only read: the page's workbook keeps its sheets and its HC formulas.
    expect(await formulasOf(await JSZip.loadAsync(await (await exportXlsx(workbook)).arrayBuffer()))).toEqual(
      inputFormulas,
    );
    expect(workbook.engine.getSheetNames()).toEqual(['Sheet1', 'HC Model']);
  }, 60_000);

  test('a workbook opened from a file names its copy after it', async () => {
    const names: string[] = [];
    const workbook = EmbeddedWorkbook.create(undefined, undefined, { fileName: 'Budget 2027.xlsx' }, (name) =>
      names.push(name),
    );
    await workbook.openDerivedCopy(async (file) => (await shareSafeFile(file)).file);
    expect(names).toEqual(['Budget 2027 (share-safe).xlsx']);
  }, 60_000);
});

describe('the share-safe transform in the panel', () => {
  test('a file that is not a workbook is refused with the reason, as the CLI says it', async () => {
    const refusal = await shareSafeFile({
      name: 'notes.xlsx',
      bytes: new TextEncoder().encode('quarter,plan\n1,2\n'),
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CopyRefused);
    expect((refusal as Error).message).toBe('notes.xlsx is not an .xlsx file (not a zip package)');
  });

  test.each([
    ['plan.xlsx', 'plan (share-safe).xlsx'],
    ['Plan.XLSX', 'Plan (share-safe).XLSX'],
    ['macros.xlsm', 'macros (share-safe).xlsm'],
    ['Book1', 'Book1 (share-safe).xlsx'],
    ['v1.2 plan.xlsx', 'v1.2 plan (share-safe).xlsx'],
    ['.xlsx', 'workbook (share-safe).xlsx'],
  ])('%s → %s', (name, copy) => expect(shareSafeName(name)).toBe(copy));
});
