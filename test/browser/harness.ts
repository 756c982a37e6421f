import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from '../../scripts/repo-root';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const ROOT = REPO_ROOT;
export const RESULTS = path.join(ROOT, 'test-results');
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Under CI=true a missing Chromium fails the run (CI installs it);
 * elsewhere the tests are skipped with a loud warning saying how to get it. Never downloads a browser.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`${CHROMIUM} is missing: CI must run \`apt-get install -y chromium\` before the browser tests`);
  console.warn(
    `\n*** Browser tests SKIPPED: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium ***\n`,
  );
  return false;
}

/**
 * `npm start` on a free port: scripts/start.js builds dist/ first when it is missing or older than
 * the sources, then serves it — so the tests run the page a user gets.
 */
export async function startServer(): Promise<{ url: string; stop(): void }> {
  // HC_PLANNER_URL: test a page that is already being served (e.g. a development build) instead.
  const given = process.env.HC_PLANNER_URL;
  if (given) return { url: given.endsWith('/') ? given : `${given}/`, stop: () => undefined };
  const port = 18000 + Math.floor(Math.random() * 2000);
  // Browser suites run in parallel workers: one at a time may let start.js (re)build dist/.
  const release = await buildLock();
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`http://localhost:${port}/`)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  }).finally(release);
  return { url: `http://localhost:${port}/`, stop: () => child.kill() };
}

/** A directory as a lock (mkdir is atomic); a lock older than the longest build is taken over. */
async function buildLock(): Promise<() => void> {
  const lock = path.join(resultsDir(), '.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 900_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page did that fails the run: requests beyond localhost, console errors, page errors, CSP violations. */
export interface Watch {
  problems: string[];
}

/** `stubbed`: URLs beyond localhost that the test itself answers (page.route), e.g. Office.js in the task pane. */
export async function watchPage(page: Page, origin: string, stubbed: readonly string[] = []): Promise<Watch> {
  const watch: Watch = { problems: [] };
  page.on('request', (request) => {
    const url = request.url();
    const local = [origin, 'data:', 'blob:', ...stubbed].some((prefix) => url.startsWith(prefix));
    if (!local) watch.problems.push(`request beyond localhost: ${url}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    watch.problems.push(`securitypolicyviolation: ${text}`),
  );
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
  return watch;
}

export function resultsDir(): string {
  mkdirSync(RESULTS, { recursive: true });
  return RESULTS;
}
