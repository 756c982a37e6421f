import path from 'node:path';
import type { Page } from 'playwright-core';
import { parseRange } from '../../src/taskpane/model-sheet/a1';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import { DEFAULT_INPUTS } from '../../src/taskpane/planner/inputs';
import { DEFAULT_WORKFORCE } from '../../src/taskpane/planner/workforce';
import { chromiumAvailable, resultsDir } from './harness';
import { browserSession } from './session';

jest.setTimeout(600_000);

const run = chromiumAvailable() ? describe : describe.skip;

/**
 * The task pane page under its own CSP, at a task pane's width, with Office.js replaced by a stub
 * host (office-stub.js: "Excel", dark theme, a recording workbook). This checks the page, its policy,
 * the theme and that panel actions reach the Office adapter — not what real Excel does with them.
 */
run('task pane page with a stub Office host', () => {
  const session = browserSession();
  let page: Page;

  test('opens in Excel’s dark theme, computes, inserts through the Office adapter, saves a scenario', async () => {
    ({ page } = await session.openTaskPane({ viewport: { width: 350, height: 1100 } }));
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(page.locator('dd[data-result="computePerHead"]').textContent()).resolves.toBe('$100,000');
    // Nothing may stick out of a 350-pixel pane.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(350);
    await page.screenshot({ path: path.join(resultsDir(), 'taskpane-dark.png') });

    await page.locator('#insert-model').click();
    await page.locator('#action-status', { hasText: 'Inserted “HC Model (2)”' }).waitFor();
    const log = await page.evaluate(() => (window as unknown as { __excelLog: unknown[][] }).__excelLog);
    expect(log[0]).toEqual(['add', 'HC Model (2)']);
    expect(log).toContainEqual(['name', 'HC_Salary', 'B6']);
    // The monthly table (title, header, months 0…36), wherever the inputs above it end.
    const table = modelSheetLayout(DEFAULT_INPUTS, 'current inputs', DEFAULT_WORKFORCE).blocks.find((block) =>
      String(block.rows[0][0]).startsWith('Monthly projection'),
    )!;
    expect(log).toContainEqual(['formulas', `${table.topLeft}:E${parseRange(table.topLeft).top + 39}`, 39]);
    expect(log.filter((entry) => entry[0] === 'chart')).toHaveLength(2); // compute vs salary; people vs compute

    await page.locator('#tab-scenarios').click();
    await page.locator('#scenario-name').click();
    await page.keyboard.type('In Excel');
    await page.keyboard.press('Enter');
    await page.locator('[data-scenario] >> text=In Excel').waitFor();
    await page.screenshot({ path: path.join(resultsDir(), 'taskpane-scenarios.png'), fullPage: true });
  });
});
