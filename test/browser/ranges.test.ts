import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable, resultsDir } from './harness';
import { browserSession } from './session';

// Building dist/ (when stale) and a cold Chromium start take minutes on this 2-core machine.
jest.setTimeout(600_000);

const run = chromiumAvailable() ? describe : describe.skip;

/**
 * The Ranges section and the workforce plan on the standalone page: the uncertainty worker that webpack
 * emits, under the page's own CSP (default-src 'self'), and the embedded workbook computing the
 * inserted sheets' formulas.
 */
run('ranges and workforce plan in headless Chromium', () => {
  const session = browserSession();
  let page: Page;
  const shots = resultsDir();

  beforeEach(async () => {
    ({ page } = await session.open({ viewport: { width: 1400, height: 1000 } }));
    await page.goto(session.url);
    await page.waitForSelector('body[data-ready="true"]');
  });

  const driver = (name: string) => page.locator(`fluent-text-input[data-driver="${name}"]`);
  const reason = (name: string) => page.locator(`#driver-${name}-reason`);
  const parity = async (key: string) => page.locator(`dd[data-parity="${key}"]`).textContent();

  test('normal(1, 0.3) as usage growth: checked in the worker, 10,000 draws give P10 < P50 < P90 months to parity', async () => {
    await page.locator('#tab-ranges').click();
    await expect(driver('usage_growth').getAttribute('placeholder')).resolves.toBe('100%');

    await driver('usage_growth').click();
    await page.keyboard.type('normal(1, 0.3');
    // Unbalanced: the worker's parser says why, beside the field.
    await page.locator('#driver-usage_growth-reason.reason').waitFor();
    await page.keyboard.type(')');
    await page.locator('#driver-usage_growth-reason:not(.reason)', { hasText: 'P50' }).waitFor();
    await expect(reason('usage_growth').textContent()).resolves.toMatch(/^P10 \d+(\.\d)?% · P50 \d+(\.\d)?% · P90/);

    await driver('price_change').click();
    await page.keyboard.type('cost_of_tokens * 2');
    await page.locator('#driver-price_change-reason.reason', { hasText: 'cost_of_tokens' }).waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.locator('#driver-price_change-reason:empty').waitFor({ state: 'attached' });

    await page.locator('#run-ranges').click();
    await page.locator('#ranges-status', { hasText: 'draws used' }).waitFor();
    await page.waitForSelector('#fan-chart-canvas[data-draws]');
    const [p10, p50, p90] = await Promise.all(['p10', 'p50', 'p90'].map(parity));
    const months = [p10, p50, p90].map((text) => Number(text!.replace(' months', '')));
    expect(months.every((value) => Number.isFinite(value) && value > 0)).toBe(true);
    // Deterministic (seed 1) and around the point estimate of 23.9 months: slower growth, later parity.
    expect(months[0]).toBeLessThan(months[1]);
    expect(months[1]).toBeLessThan(months[2]);
    expect(months[1]).toBeGreaterThan(20);
    expect(months[1]).toBeLessThan(28);
    await expect(page.locator('dd[data-range="parityNever"]').textContent()).resolves.toMatch(/% of draws$/);
    await expect(page.locator('dd[data-range="breakevenHeadcount"]').textContent()).resolves.toMatch(
      /^P10 [\d.]+ · P50 [\d.]+ · P90 [\d.]+ engineers/,
    );
    await expect(page.locator('dd[data-range="budgetRunout"]').textContent()).resolves.toMatch(/months|not available/);
    await expect(page.locator('#tornado-bars li[data-driver="usage_growth"]').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(shots, 'ranges-standalone.png'), fullPage: true });

    // Same seed, same numbers.
    await page.locator('#run-ranges').click();
    await page.locator('#fan-chart-canvas[data-draws="2"]').waitFor({ state: 'attached' });
    await expect(Promise.all(['p10', 'p50', 'p90'].map(parity))).resolves.toEqual([p10, p50, p90]);

    await page.locator('#insert-ranges').click();
    await page.locator('#ranges-status', { hasText: 'Inserted “HC Ranges”' }).waitFor();
    await page.locator('.sheet-tab[data-sheet="HC Ranges"]').waitFor();
  });

  test('a run can be cancelled, and the next run still works', async () => {
    await page.locator('#tab-ranges').click();
    await driver('usage_growth').click();
    await page.keyboard.type('lognormal(0, 0.5)');
    await page.locator('#run-ranges').click();
    await page.locator('#cancel-ranges').click();
    await page.locator('#ranges-status', { hasText: /Cancelled\.|draws used/ }).waitFor();
    await page.locator('#run-ranges').click();
    await page.locator('#ranges-status', { hasText: 'draws used' }).waitFor();
  });

  test('workforce plan: the panel says when compute passes people and the hires the budget allows; the model sheet gains live columns', async () => {
    await page.locator('#tab-workforce').click();
    const outcome = (key: string) => page.locator(`dd[data-workforce-result="${key}"]`).textContent();
    await expect(outcome('computePassesPeople')).resolves.toMatch(/^in month \d+$/);
    // The default $5M a year does not even cover today's ten at month 36: the function's #N/A says by how much.
    await expect(outcome('affordableHires')).resolves.toMatch(
      /^#N\/A never: with no hires the plan costs [\d.]+, [\d.]+ over the budget$/,
    );
    await page.locator('#tab-plan').click();
    await page.locator('fluent-text-input[data-key="budget"]').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20000000');
    await page.locator('#tab-workforce').click();
    await expect(outcome('affordableHires')).resolves.toMatch(/^\d+ a month$/);
    const hires = page.locator('fluent-text-input[data-workforce="hiresPerMonth"]');
    await hires.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-2');
    await page.locator('#workforce-hiresPerMonth-reason', { hasText: 'hires must be ≥ 0' }).waitFor();
    await expect(page.locator('#workforce-outlook .blocked').textContent()).resolves.toBe(
      'Fix Hires per month in the workforce plan.',
    );
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.locator('dd[data-workforce-result="headsAtHorizon"]').waitFor();
    await expect(outcome('headsAtHorizon')).resolves.toMatch(/^[\d.]+ at month 36$/);
    await page.screenshot({ path: path.join(shots, 'workforce-standalone.png') });

    await page.locator('#tab-plan').click();
    await page.locator('#insert-model').click();
    await page.locator('#action-status', { hasText: 'Inserted “HC Model”' }).waitFor();
    const header = page.locator('table.grid td', { hasText: 'Heads (month end)' });
    const address = (await header.getAttribute('data-address'))!;
    expect(address).toMatch(/^F\d+$/);
    const month = (n: number, column: string) =>
      page.locator(`table.grid td[data-address="${column}${Number(address.slice(1)) + 1 + n}"]`).textContent();
    // Month 0: the start heads; month 1 on: the HEADCOUNT_PLAN and COST_PLAN spills, computed by the engine.
    await expect(month(0, 'F')).resolves.toMatch(/^10(\.0)?$/);
    for (const column of ['F', 'G', 'H', 'I', 'J', 'K', 'L'])
      for (const n of [1, 12, 36]) await expect(month(n, column)).resolves.toMatch(/^\$?[\d,.]+%?$/);
    await page.screenshot({ path: path.join(shots, 'workforce-model-sheet.png') });
  });
});

/** The same section in the task pane: its CSP (worker-src 'self'), Excel's dark theme, 350 pixels wide. */
run('ranges in the task pane with a stub Office host', () => {
  const session = browserSession();

  test('the worker loads under the task pane’s policy and the ranges fit the pane', async () => {
    const { page } = await session.openTaskPane({ viewport: { width: 350, height: 900 } });
    await page.locator('#tab-ranges').click();
    await page.locator('fluent-text-input[data-driver="usage_growth"]').click();
    await page.keyboard.type('normal(1, 0.3)');
    await page.locator('#driver-usage_growth-reason', { hasText: 'P50' }).waitFor();
    await page.locator('#run-ranges').click();
    await page.waitForSelector('#fan-chart-canvas[data-draws]');
    await expect(page.locator('dd[data-parity="p50"]').textContent()).resolves.toMatch(/^[\d.]+ months$/);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(350);
    await page.screenshot({ path: path.join(resultsDir(), 'ranges-taskpane-dark.png'), fullPage: true });
  });
});
