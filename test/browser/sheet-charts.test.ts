import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable, resultsDir } from './harness';
import { browserSession } from './session';

// Building dist/ (when stale) and a cold Chromium start take minutes on this 2-core machine.
jest.setTimeout(600_000);

const run = chromiumAvailable() ? describe : describe.skip;

/** The colours the grid gives the workforce chart's columns, by position (SERIES_COLORS in chart-loader.ts). */
const PEOPLE = [0x0f, 0x6c, 0xbd];
const COMPUTE = [0xc4, 0x31, 0x4b];

/**
 * The model sheet's charts on the standalone page: the inserted sheet (with the default workforce
 * plan) shows its line chart and the stacked people/compute chart with the budget line, redrawn from
 * the cells when an input cell changes, in light and dark themes.
 */
run('model sheet charts on the standalone page', () => {
  const session = browserSession();
  let page: Page;
  const shots = resultsDir();

  async function insertModel(colorScheme: 'light' | 'dark'): Promise<void> {
    ({ page } = await session.open({ viewport: { width: 1400, height: 1000 }, colorScheme }));
    await page.goto(session.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.locator('#insert-model').click();
    await page.locator('.sheet-tab[data-sheet="HC Model"][aria-selected="true"]').waitFor();
    await page.waitForSelector('#sheet-chart-1-canvas[data-draws]');
    await page.waitForSelector('#sheet-chart-2-canvas[data-draws]');
  }

  const draws = async (id: string) => Number(await page.locator(`#${id}-canvas`).getAttribute('data-draws'));

  /**
   * What chart.js actually painted on a canvas: pixels (nearly) of each column colour, and pixels of
   * the theme's text colour inside the columns' box (from the first column's left to the last one's
   * right, above their base) — there are no labels there, so those are the budget line's.
   */
  const painted = (id: string) =>
    page.evaluate(
      ({ id, columns }) => {
        const canvas = document.getElementById(`${id}-canvas`) as HTMLCanvasElement;
        const context = canvas.getContext('2d')!;
        const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
        // The theme's text colour as the browser resolves it.
        const probe = document.createElement('canvas').getContext('2d')!;
        probe.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--colorNeutralForeground2');
        const hex = String(probe.fillStyle);
        const reference = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
        const near = (at: number, [r, g, b]: number[]) =>
          Math.abs(data[at] - r) + Math.abs(data[at + 1] - g) + Math.abs(data[at + 2] - b) < 24;
        const counts = columns.map(() => 0);
        let [left, right, bottom] = [width, -1, -1];
        for (let y = 0; y < height; y++) {
          const row: number[] = [];
          for (let x = 0; x < width; x++)
            columns.forEach((color, index) => {
              if (!near((y * width + x) * 4, color)) return;
              counts[index]++;
              row.push(x);
            });
          // A row through the columns, not the legend's two swatches.
          if (row.length < 150) continue;
          [left, right, bottom] = [Math.min(left, ...row), Math.max(right, ...row), y];
        }
        let line = 0;
        for (let y = 0; y <= bottom; y++)
          for (let x = left; x <= right; x++) if (near((y * width + x) * 4, reference)) line++;
        return { columns: counts, line, plotWidth: right - left + 1 };
      },
      { id, columns: [PEOPLE, COMPUTE] },
    );

  async function expectBothCharts(): Promise<void> {
    await expect(page.locator('.sheet-chart figure.chart').count()).resolves.toBe(2);
    await expect(page.locator('#sheet-chart-1-canvas').getAttribute('aria-label')).resolves.toBe(
      'Chart of the sheet: Compute per head vs salary',
    );
    await expect(page.locator('#sheet-chart-2-canvas').getAttribute('aria-label')).resolves.toBe(
      'Chart of the sheet: People vs compute cost per month, and the budget',
    );
    // Columns fill areas (thousands of pixels); the legend's swatches alone are a few hundred.
    const { columns, line, plotWidth } = await painted('sheet-chart-2');
    expect(columns[0]).toBeGreaterThan(3000);
    expect(columns[1]).toBeGreaterThan(3000);
    // A dashed line 2 pixels thick across the columns (measured: ≈0.85 pixels per pixel of width); none without it.
    expect(line).toBeGreaterThan(plotWidth / 2);
  }

  test('light: both charts from the cells, the workforce chart redrawn when an input cell changes', async () => {
    await insertModel('light');
    await expectBothCharts();
    await page.locator('.sheet-chart').screenshot({ path: path.join(shots, 'sheet-charts-light.png') });

    const drawn = await draws('sheet-chart-2');
    const { columns: before } = await painted('sheet-chart-2');
    // Ten times the tokens a day: compute cost per month (the red columns) grows tenfold.
    const tokens = page.locator('table.grid input[aria-label^="Tokens per day"]');
    await tokens.fill('400000000');
    await tokens.press('Enter');
    await page.waitForFunction(
      (count) => Number(document.querySelector('#sheet-chart-2-canvas')?.getAttribute('data-draws')) > count,
      drawn,
    );
    const { columns: after } = await painted('sheet-chart-2');
    expect(after[1]).toBeGreaterThan(before[1]);
    expect(after[0]).toBeGreaterThan(0);
    await page.locator('.sheet-chart').screenshot({ path: path.join(shots, 'sheet-charts-more-compute.png') });
  });

  test('switching the system theme redraws the sheet’s charts in the new theme’s colours', async () => {
    await insertModel('light');
    const drawn = await draws('sheet-chart-2');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(
      (count) => Number(document.querySelector('#sheet-chart-2-canvas')?.getAttribute('data-draws')) > count,
      drawn,
    );
    // The budget line is now in the dark theme's text colour (what expectBothCharts measures).
    await expectBothCharts();
  });

  test('dark: the same charts, legible on the dark background', async () => {
    await insertModel('dark');
    await expectBothCharts();
    await page.locator('.sheet-chart').screenshot({ path: path.join(shots, 'sheet-charts-dark.png') });
  });
});
