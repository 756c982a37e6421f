import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { CHROMIUM, launch, ROOT, startServer } from '../test/browser/harness';
import type { Bench, BenchRow } from './row';
import { median } from './row';

const LOADS = 5;
const EDITS = 20;

/**
 * The task pane's first load: every script and stylesheet taskpane.html references from this server
 * (not Office.js from Microsoft's CDN), gzipped. chart.js and the engine are separate chunks loaded later.
 */
function taskpaneFirstLoadKb(): { kb: number; files: string[] } {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  // The built page is minified: attribute values may be unquoted.
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']?([^"'\s>]+)/g)]
    .map((match) => match[1])
    .filter((file) => !/^(https?:|data:)/.test(file));
  const bytes = files.reduce((total, file) => total + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { kb: bytes / 1024, files };
}

/**
 * The standalone page in headless Chromium: time to interactive (navigation start → panel mounted,
 * results shown and the chart drawn; median of warm loads) and edit → chart updated (a keystroke's
 * input event on the salary field until the chart has redrawn and the next frame is painted).
 */
export const panelBench: Bench = async () => {
  if (!existsSync(CHROMIUM)) {
    return [
      {
        name: 'panel: standalone (skipped)',
        value: 0,
        unit: '',
        note: `${CHROMIUM} missing: apt-get install -y chromium`,
      },
    ];
  }
  const server = await startServer();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const loads: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      await page.goto(server.url);
      await page.waitForSelector('#main-chart-canvas[data-draws]');
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) loads.push(ms); // the first load warms the HTTP and compile caches
    }
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      edits.push(
        await page.evaluate(
          (salary) =>
            new Promise<number>((resolve) => {
              const canvas = document.querySelector('#main-chart-canvas')!;
              const before = Number(canvas.getAttribute('data-draws'));
              const input = document.querySelector('fluent-text-input[data-key="salary"]') as HTMLElement & {
                value: string;
              };
              const start = performance.now();
              input.value = String(salary);
              input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
              const wait = () => {
                if (Number(canvas.getAttribute('data-draws')) > before)
                  requestAnimationFrame(() => resolve(performance.now() - start));
                else requestAnimationFrame(wait);
              };
              wait();
            }),
          300000 + i * 1000,
        ),
      );
    }
    const firstLoad = taskpaneFirstLoadKb();
    const rows: BenchRow[] = [
      {
        name: 'panel: standalone time to interactive',
        value: median(loads),
        unit: 'ms',
        target: 1500,
        note: `median of ${LOADS} warm loads, headless Chromium`,
      },
      {
        name: 'panel: edit → chart updated',
        value: median(edits),
        unit: 'ms',
        target: 100,
        note: `median of ${EDITS} salary edits, to the next painted frame`,
      },
      {
        name: 'panel: task pane first load (gzip)',
        value: firstLoad.kb,
        unit: 'KB',
        target: 200,
        note: `${firstLoad.files.join(' + ')}; chart.js and engine load later`,
      },
    ];
    return rows;
  } finally {
    await browser.close();
    server.stop();
  }
};
