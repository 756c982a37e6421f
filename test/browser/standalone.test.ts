import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { storeFromXml } from '../../src/scenarios/xml';
import type { Page } from 'playwright-core';
import { chromiumAvailable, resultsDir } from './harness';
import { browserSession } from './session';

// Building dist/ (when stale) and a cold Chromium start take minutes on this 2-core machine.
jest.setTimeout(600_000);

const run = chromiumAvailable() ? describe : describe.skip;

run('standalone planner in headless Chromium', () => {
  const session = browserSession();
  let page: Page;
  const shots = resultsDir();
  const exported = path.join(shots, 'hc-planner-export.xlsx');

  const result = (key: string) => page.locator(`dd[data-result="${key}"]`).first();
  const field = (key: string) => page.locator(`fluent-text-input[data-key="${key}"]`);
  const draws = async () => Number(await page.locator('#main-chart-canvas').getAttribute('data-draws'));
  const tab = (id: string) => page.locator(`#tab-${id}`).click();

  async function open(colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
    ({ page } = await session.open({ viewport: { width: 1400, height: 1000 }, colorScheme, acceptDownloads: true }));
    await page.goto(session.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('#main-chart-canvas[data-draws]');
  }

  test('loads with live results and a chart, a preset fills the form, validation explains itself', async () => {
    await open();
    // Defaults: 40M tokens/day × $10 per million × 250 days.
    await expect(result('computePerHead').textContent()).resolves.toBe('$100,000');
    await expect(result('tokenShare').textContent()).resolves.toBe('21.1%');

    const before = await draws();
    await page.locator('fluent-button[data-preset="half-of-salary"]').click();
    await expect(field('salary').evaluate((input) => (input as HTMLInputElement).value)).resolves.toBe('250,000');
    await expect(result('computePerHead').textContent()).resolves.toBe('$125,000');
    await expect(result('computeToSalary').textContent()).resolves.toBe('0.50×');
    await expect(result('tokenShare').textContent()).resolves.toBe('33.3%');
    await page.waitForFunction(
      (count) => Number(document.querySelector('#main-chart-canvas')?.getAttribute('data-draws')) > count,
      before,
    );
    await expect(page.locator('#main-chart .chart-caption').textContent()).resolves.toMatch(
      /reaches salary at month 12\.\d/,
    );
    await page.screenshot({ path: path.join(shots, 'standalone-preset.png'), fullPage: true });

    // Typing a negative salary: the function's own message beside the field, results held back.
    const salary = page.locator('#input-salary');
    await salary.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-5');
    await expect(page.locator('#input-salary-reason').textContent()).resolves.toBe('salary must be ≥ 0');
    await expect(page.locator('#results .blocked').textContent()).resolves.toBe('Fix Base salary to see results.');
    await page.screenshot({ path: path.join(shots, 'standalone-invalid.png') });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('300000');
    await expect(page.locator('#input-salary-reason').textContent()).resolves.toBe('');
    await expect(result('computeToSalary').textContent()).resolves.toBe('0.42×');
  });

  test('inserts a model sheet, saves and compares scenarios, exports an .xlsx', async () => {
    await open();
    await page.locator('fluent-button[data-preset="tunguz"]').click();
    await page.locator('#insert-model').click();
    await page.locator('#action-status', { hasText: 'Inserted “HC Model”' }).waitFor();
    await page.locator('.sheet-tab[data-sheet="HC Model"][aria-selected="true"]').waitFor();
    // The summary computed by the embedded engine: compute per head of the Tunguz example.
    await expect(page.locator('table.grid td[data-address="F5"]').textContent()).resolves.toBe('$100,000');
    await page.locator('#insert-model').click();
    await page.locator('.sheet-tab[data-sheet="HC Model (2)"]').waitFor();

    // Editing an input cell recalculates the sheet: price per million (row of HC_PricePerMillion) doubled.
    const price = page.locator('table.grid input[aria-label^="Price per million tokens"]');
    await price.fill('20');
    await price.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('table.grid td[data-address="F5"]')?.textContent === '$200,000',
    );

    await tab('scenarios');
    await page.locator('#scenario-name').click();
    await page.keyboard.type('Tunguz');
    await page.keyboard.press('Enter');
    await page.locator('[data-scenario] >> text=Tunguz').waitFor();
    await tab('plan');
    await page.locator('fluent-button[data-preset="agent-swarm"]').click();
    await tab('scenarios');
    await page.locator('#scenario-name').click();
    await page.keyboard.type('Swarm');
    await page.locator('#save-scenario').click();
    await page.locator('[data-scenario] >> text=Swarm').waitFor();
    // Duplicate then rename then delete, all stored in the workbook.
    await page.locator('[data-scenario="s2"] [data-action="duplicate"]').click();
    await page.locator('[data-scenario] >> text=Swarm copy').waitFor();
    await page.locator('[data-scenario="s3"] [data-action="rename"]').click();
    await page.locator('.rename-input').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Swarm, cheaper');
    await page.keyboard.press('Enter');
    await page.locator('[data-scenario] >> text=Swarm, cheaper').waitFor();
    await page.locator('[data-scenario="s3"] [data-action="delete"]').click();
    await page.locator('[data-scenario="s3"]').waitFor({ state: 'detached' });

    await page.locator('[data-compare="s1"]').click();
    await page.locator('[data-compare="s2"]').click();
    await page.locator('#compare-table').waitFor();
    await expect(page.locator('#compare-table thead th').allTextContents()).resolves.toEqual([
      'Result',
      'Tunguz',
      'Swarm',
    ]);
    await page.waitForSelector('#compare-chart-canvas[data-draws]');
    await page.screenshot({ path: path.join(shots, 'standalone-compare.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    await download.saveAs(exported);
    const zip = await JSZip.loadAsync(readFileSync(exported));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('<sheet name="HC Model" sheetId="2" r:id="rId2"/>');
    expect(workbook).toMatch(/<definedName name="HC_Salary" localSheetId="1">'HC Model'!\$B\$6<\/definedName>/);
    // Formulas keep Excel's file spelling of add-in functions and carry their computed value; the
    // second sheet's edited price (20 per million) doubled its compute per head.
    const computePerHead = (value: number) =>
      new RegExp(
        `<c r="F5" s="\\d+"><f>_xldudf_HC_COMPUTE_PER_HEAD\\(HC_TokensPerDay,HC_PricePerMillion,HC_DaysPerYear\\)</f><v>${value}</v></c>`,
      );
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toMatch(computePerHead(100000));
    expect(await zip.file('xl/worksheets/sheet3.xml')!.async('string')).toMatch(computePerHead(200000));
    expect(zip.file('xl/charts/chart1.xml')).not.toBeNull();
    const store = storeFromXml(await zip.file('customXml/item1.xml')!.async('string'));
    expect(store.kind === 'ok' && store.store.scenarios.map((scenario) => scenario.name)).toEqual(['Tunguz', 'Swarm']);
  });

  test('scenarios and the model survive reopening the exported workbook', async () => {
    await open();
    await page.locator('#open-file').setInputFiles(exported);
    await page.locator('#file-status', { hasText: 'Opened hc-planner-export.xlsx.' }).waitFor();
    await expect(page.locator('.sheet-tab').allTextContents()).resolves.toEqual(['Sheet1', 'HC Model', 'HC Model (2)']);
    // Recomputed by the engine from the reopened formulas (number formats are not read back).
    await page.locator('.sheet-tab[data-sheet="HC Model (2)"]').click();
    await expect(page.locator('table.grid td[data-address="F5"]').textContent()).resolves.toBe('200,000');
    await page.locator('.sheet-tab[data-sheet="HC Model"]').click();
    await expect(page.locator('table.grid td[data-address="F5"]').textContent()).resolves.toBe('100,000');
    // The reopened model stays editable: its input cells are found from its sheet-scoped names.
    const price = page.locator('table.grid input[aria-label="Price per million tokens (HC Model!B13)"]');
    await price.fill('30');
    await price.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('table.grid td[data-address="F5"]')?.textContent === '300,000',
    );
    await tab('scenarios');
    await expect(page.locator('.scenario-name').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Tunguz/),
      expect.stringMatching(/^Swarm/),
    ]);
    await page.locator('[data-scenario="s2"] [data-action="load"]').click();
    await tab('plan');
    await expect(result('computePerHead').textContent()).resolves.toBe('$73,000');
    // A third insert lands next to the reopened sheets, never over them.
    await page.locator('#insert-model').click();
    await page.locator('#action-status', { hasText: 'Inserted “HC Model (3)”' }).waitFor();
  });

  test('a corrupt scenario store is reported, kept byte for byte, and the panel still works', async () => {
    const zip = await JSZip.loadAsync(readFileSync(exported));
    const corrupt =
      '<?xml version="1.0" encoding="UTF-8"?><hcScenarios xmlns="urn:hc-planner:scenarios" version="1">{"version":1,"scenarios":[{"oops"</hcScenarios>';
    zip.file('customXml/item1.xml', corrupt);
    const corruptFile = path.join(resultsDir(), 'hc-planner-corrupt-store.xlsx');
    writeFileSync(corruptFile, await zip.generateAsync({ type: 'nodebuffer' }));
    await open();
    await page.locator('#open-file').setInputFiles(corruptFile);
    await page.locator('#file-status', { hasText: 'Opened hc-planner-corrupt-store.xlsx.' }).waitFor();
    await tab('scenarios');
    await expect(page.locator('.problem').textContent()).resolves.toMatch(
      /^Saved scenarios cannot be read: the scenario store's content is not valid JSON/,
    );
    await expect(page.locator('#save-scenario').getAttribute('disabled')).resolves.not.toBeNull();
    await page.screenshot({ path: path.join(shots, 'standalone-corrupt-store.png') });
    await tab('plan');
    await page.locator('fluent-button[data-preset="usage-above-salary"]').click();
    await expect(result('computeToSalary').textContent()).resolves.toBe('1.10×');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    const again = await JSZip.loadAsync(readFileSync(await download.path()));
    expect(await again.file('customXml/item1.xml')!.async('string')).toBe(corrupt);
  });

  test('follows a dark colour scheme', async () => {
    await open('dark');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
    await page.locator('#insert-model').click();
    await page.locator('.sheet-tab[data-sheet="HC Model"]').waitFor();
    await page.screenshot({ path: path.join(shots, 'standalone-dark.png'), fullPage: true });
  });

  test('works from the keyboard: tab to a field, type, tab on; Enter on a preset', async () => {
    await open();
    await page.locator('#input-teamSize').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.id)).resolves.toBe('input-salary');
    await page.locator('fluent-button[data-preset="agent-swarm"]').focus();
    await page.keyboard.press('Enter');
    await expect(result('computePerHead').textContent()).resolves.toBe('$73,000');
  });
});
