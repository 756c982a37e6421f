import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, startServer, watchPage, type Watch } from './harness';

/**
 * One local server and one Chromium for a describe block. `open` makes the test's page, watched
 * (requests beyond localhost except `stubbed`, console and page errors, CSP violations); after each
 * test that opened one, the page must have reported no problem, and is closed.
 */
export function browserSession() {
  const state: { server?: Awaited<ReturnType<typeof startServer>>; browser?: Browser; opened?: [Page, Watch] } = {};
  beforeAll(async () => {
    state.server = await startServer();
    state.browser = await launch();
  });
  afterEach(async () => {
    const opened = state.opened;
    state.opened = undefined;
    if (!opened) return;
    expect(opened[1].problems).toEqual([]);
    await opened[0].close();
  });
  afterAll(async () => {
    await state.browser?.close();
    state.server?.stop();
  });
  return {
    /** The server's root URL, ending in "/". */
    get url(): string {
      return state.server!.url;
    },
    open,
    /**
     * The task pane page with Office.js answered by the stub host (office-stub.js), loaded until its
     * chart is drawn; `beforeLoad` prepares the page first (e.g. the file the stub's getFileAsync reads).
     */
    async openTaskPane(
      options: Parameters<Browser['newPage']>[0],
      beforeLoad?: (page: Page) => Promise<unknown>,
    ): Promise<{ page: Page; watch: Watch }> {
      const opened = await open(options, [OFFICE_JS]);
      await beforeLoad?.(opened.page);
      await opened.page.route(OFFICE_JS, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: readFileSync(path.join(__dirname, 'office-stub.js'), 'utf8'),
        }),
      );
      await opened.page.goto(`${state.server!.url}taskpane.html`);
      await opened.page.waitForSelector('#main-chart-canvas[data-draws]');
      return opened;
    },
  };

  async function open(
    options: Parameters<Browser['newPage']>[0],
    stubbed: readonly string[] = [],
  ): Promise<{ page: Page; watch: Watch }> {
    const page = await state.browser!.newPage(options);
    const watch = await watchPage(page, state.server!.url.replace(/\/$/, ''), stubbed);
    state.opened = [page, watch];
    return { page, watch };
  }
}

/** Where the task pane loads Office.js from; the browser tests answer it with office-stub.js. */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
