import path from 'node:path';
import type { Page } from 'playwright-core';
import { EXAMPLE_PRICES } from '../../src/prices/bundled';
import { chromiumAvailable, resultsDir } from './harness';
import { browserSession } from './session';

// Building dist/ (when stale) and a cold Chromium start take minutes on this 2-core machine.
jest.setTimeout(600_000);

const run = chromiumAvailable() ? describe : describe.skip;
const { 'claude-sonnet-4': sonnet } = EXAMPLE_PRICES;

run('model picker and token mix on the standalone planner', () => {
  const session = browserSession();
  let page: Page;

  const result = (key: string) => page.locator(`dd[data-result="${key}"]`).first().textContent();
  const fieldValue = (key: string) =>
    page.locator(`fluent-text-input[data-key="${key}"]`).evaluate((input) => (input as HTMLInputElement).value);
  async function type(selector: string, text: string): Promise<void> {
    await page.locator(selector).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  }
  const money = (value: number) => `$${Math.round(value).toLocaleString('en-US')}`;

  test('picking a model prices it with the token mix; profiles carry mixes; a typed price replaces the model', async () => {
    ({ page } = await session.open({ viewport: { width: 1400, height: 1100 } }));
    await page.goto(session.url);
    await page.waitForSelector('body[data-ready="true"]');
    // Defaults: 40M tokens/day × $10 per million × 250 days; mix 25% output, no cache.
    await expect(result('computePerHead')).resolves.toBe('$100,000');
    await expect(fieldValue('outputShare')).resolves.toBe('25%');
    await expect(fieldValue('cachedShare')).resolves.toBe('0%');

    // Search the catalogue (a lazily loaded chunk) and pick with the mouse.
    await type('#model-search', 'claude sonnet 4');
    await page.locator('#model-options [data-model="claude-sonnet-4-0"][data-provider="anthropic"]').first().waitFor();
    await page.screenshot({ path: path.join(resultsDir(), 'model-picker-search.png') });
    await page
      .locator('#model-options [data-model="claude-sonnet-4-0"][data-provider="anthropic"]')
      .first()
      .dispatchEvent('mousedown');
    const blend = sonnet.input * 0.75 + sonnet.output * 0.25;
    await expect(fieldValue('pricePerMillion')).resolves.toBe(String(blend));
    await expect(result('computePerHead')).resolves.toBe(money(40 * blend * 250));
    await expect(page.locator('#model-status').textContent()).resolves.toMatch(
      /cache read \$0\.3.*token mix: \$6 per million.*@pydantic\/genai-prices 0\.1\.8, catalogue of 2026-09-23/,
    );

    // An agent's mix: 5% output, 80% cache reads — the price follows, as HC.BLENDED_PRICE computes it.
    await type('#input-outputShare', '5%');
    await type('#input-cachedShare', '80%');
    const agent = sonnet.input * 0.15 + sonnet.output * 0.05 + sonnet.cached * 0.8;
    await expect(fieldValue('pricePerMillion')).resolves.toBe(String(Number(agent.toPrecision(15))));
    await expect(result('computePerHead')).resolves.toBe(money(40 * agent * 250));

    // Shares above 100% together: BLENDED_PRICE's own message, results held back.
    await type('#input-cachedShare', '99%');
    await expect(page.locator('#input-pricePerMillion-reason').textContent()).resolves.toBe(
      'output_share + cached_share must be ≤ 1',
    );
    await type('#input-cachedShare', '80%');

    // The writer profile carries its mix (no cache, 25% output) and re-prices the picked model.
    await page.locator('#profile-writer').click();
    await expect(fieldValue('cachedShare')).resolves.toBe('0%');
    await expect(fieldValue('pricePerMillion')).resolves.toBe(String(blend));
    await expect(result('computePerHead')).resolves.toBe(money((20000 * blend * 230) / 1e6));
    await page.screenshot({ path: path.join(resultsDir(), 'model-picker-picked.png'), fullPage: true });

    // Typing a price keeps working and lets go of the model.
    await type('#input-pricePerMillion', '12');
    await expect(result('computePerHead')).resolves.toBe(money((20000 * 12 * 230) / 1e6));
    await expect(page.locator('#model-search').evaluate((input) => (input as HTMLInputElement).value)).resolves.toBe(
      '',
    );
  });
});
