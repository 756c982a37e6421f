import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import packageJson from '../../package.json';
import type { Page } from 'playwright-core';
import { buildXlsx } from '../xlsx/fixtures';
import { PLAN_BOOK } from '../xlsx/plan-book';
import { chromiumAvailable, resultsDir } from './harness';
import { browserSession } from './session';

jest.setTimeout(600_000);

const run = chromiumAvailable() ? describe : describe.skip;
/** An HC call in any file spelling (the model sheet's `HC_` names are not calls). */
const HC_CALL = /HC\.|_xldudf_HC_|_xll\.HC/i;

/** Sheet names, every formula and the worksheets' XML of an .xlsx file. */
async function readCopy(bytes: Uint8Array): Promise<{ sheets: string[]; formulas: string[]; xml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map(([, name]) => name);
  const parts = Object.keys(zip.files).filter((part) => /^xl\/worksheets\/sheet\d+\.xml$/.test(part));
  const xml = await Promise.all(parts.map((part) => zip.file(part)!.async('string')));
  const formulas = xml.flatMap((text) => [...text.matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)].map(([, formula]) => formula));
  return { sheets, formulas, xml: xml.join('') };
}

/**
 * "Make share-safe copy" from the panel, on both hosts: the standalone page (the copy is a download)
 * and the task pane over the stub Office host (the copy goes to Excel.createWorkbook). Both copies
 * are opened here and must hold no HC call and carry the cover sheet.
 */
run('share-safe copy from the panel', () => {
  const session = browserSession();
  let page: Page;
  const shots = resultsDir();

  test('standalone page: the copy downloads as “… (share-safe).xlsx” with the cover sheet and no HC call left', async () => {
    ({ page } = await session.open({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true }));
    await page.goto(session.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.locator('#insert-model').click();
    await page.locator('#action-status', { hasText: 'Inserted “HC Model”' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#share-copy').click()]);
    expect(download.suggestedFilename()).toBe('hc-planner (share-safe).xlsx');
    await page.locator('#share-status', { hasText: 'Downloaded “hc-planner (share-safe).xlsx”' }).waitFor();
    const copy = await readCopy(readFileSync(await download.path()));
    expect(copy.sheets).toEqual(['Sheet1', 'HC Model', 'Share-safe copy', 'Leadership summary']);
    expect(copy.formulas.length).toBeGreaterThan(100);
    // The panel's model sheet, workforce columns included, becomes native formulas throughout.
    expect(copy.formulas.filter((formula) => HC_CALL.test(formula))).toEqual([]);
    await expect(page.locator('dd[data-share="untranslated"]').textContent()).resolves.toBe('0');
    await expect(page.locator('#share-problems').count()).resolves.toBe(0);

    const count = async (key: string) =>
      Number((await page.locator(`dd[data-share="${key}"]`).textContent())!.replace(/,/g, ''));
    const converted = await count('formulas');
    expect(converted).toBeGreaterThan(10);
    // The workforce spills (36 months × 2 heads columns, × 4 cost columns) became one formula per cell.
    expect(await count('cells')).toBe(converted + 36 * 2 - 1 + 36 * 4 - 1);
    await expect(page.locator('[data-share="sheets"]').textContent()).resolves.toBe(
      '“Share-safe copy”, “Leadership summary”',
    );
    await expect(page.locator('#share-copy').getAttribute('disabled')).resolves.toBeNull();
    await page.locator('.outputs').screenshot({ path: path.join(shots, 'share-standalone.png') });
    // The page's own workbook is untouched: still two sheets.
    await expect(page.locator('.sheet-tab').allTextContents()).resolves.toEqual(['Sheet1', 'HC Model']);
  });

  test('task pane: slices read in order and closed, the copy opened with Excel.createWorkbook', async () => {
    const book = Buffer.from(await buildXlsx(PLAN_BOOK)).toString('base64');
    ({ page } = await session.openTaskPane({ viewport: { width: 350, height: 1100 } }, (fresh) =>
      fresh.addInitScript((file) => ((window as unknown as { __workbookFile: string }).__workbookFile = file), book),
    ));

    await page.locator('#share-copy').click();
    await page.locator('#share-status', { hasText: 'open as a new workbook' }).waitFor();
    const { fileLog, created } = await page.evaluate(() => {
      const stub = window as unknown as { __fileLog: unknown[][]; __createdWorkbooks: string[] };
      return { fileLog: stub.__fileLog, created: stub.__createdWorkbooks };
    });
    expect(fileLog).toEqual([['getFileAsync', 'compressed', 4 * 1024 * 1024], ['getSliceAsync', 0], ['closeAsync']]);
    expect(created).toHaveLength(1);
    const copy = await readCopy(Buffer.from(created[0], 'base64'));
    expect(copy.sheets).toContain('Share-safe copy');
    // The cover sheet names the workbook (from Office's document URL) and the add-in's version.
    expect(copy.xml).toContain('>Plan Q3.xlsx<');
    expect(copy.xml).toContain(`>${packageJson.version}<`);
    expect(copy.formulas.filter((formula) => HC_CALL.test(formula))).toEqual([]);
    await expect(page.locator('dd[data-share="untranslated"]').textContent()).resolves.toBe('0');
    await expect(page.locator('dd[data-share="formulas"]').textContent()).resolves.toMatch(/^[1-9]/);
    await page.evaluate(() => document.querySelector('#share-status')!.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(shots, 'share-taskpane-dark.png') });

    // A 3.6 MB workbook on Excel on the web: refused before it is read, pointing to the command line.
    await page.evaluate(() => {
      const stub = window as unknown as { __workbookFile: string; __fileLog: unknown[][] };
      stub.__workbookFile = 'A'.repeat(Math.ceil((3.6 * 1024 * 1024) / 3) * 4);
      stub.__fileLog.length = 0;
    });
    await page.locator('#share-copy').click();
    await page.locator('#share-status.problem').waitFor();
    await expect(page.locator('#share-status').textContent()).resolves.toBe(
      'No copy was made: “Plan Q3.xlsx” is 3.6 MB: Excel on the web opens a new workbook from an add-in only up to 3.5 MB.' +
        ' Use the command line on the saved file instead:' +
        'npx hcplan share "Plan Q3.xlsx" -o "Plan Q3 (share-safe).xlsx"',
    );
    await expect(page.evaluate(() => (window as unknown as { __fileLog: unknown[][] }).__fileLog)).resolves.toEqual([
      ['getFileAsync', 'compressed', 4 * 1024 * 1024],
      ['closeAsync'],
    ]);
    await expect(page.locator('#share-summary').textContent()).resolves.toBe('');
    await page.evaluate(() => document.querySelector('#share-status')!.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(shots, 'share-taskpane-too-large.png') });
  });
});
