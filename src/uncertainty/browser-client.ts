import { UncertaintyClient, UncertaintyClientOptions } from './client';
import { webWorkerPort } from './worker-port';

/**
 * The panel's uncertainty client: workers from uncertainty.worker.ts, which webpack emits as a chunk of
 * its own, so mathjs loads only when the analyst first uses a range (allowed by `worker-src 'self'`).
 */
export function createBrowserUncertaintyClient(options?: UncertaintyClientOptions): UncertaintyClient {
  return new UncertaintyClient(
    () =>
      webWorkerPort(
        // @ts-expect-error -- import.meta needs an ES module target: webpack's ts-loader compiles with es2020,
        // the type-check config (commonjs, for jest and node) does not. webpack recognises this exact form.
        new Worker(new URL('./uncertainty.worker.ts', import.meta.url)),
      ),
    options,
  );
}
