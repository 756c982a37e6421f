import { parentPort } from 'worker_threads';
import type { UncertaintyRequest } from './protocol';
import { serve } from './worker-handler';

/** Node entry of the uncertainty worker (worker_threads), for tests and command-line use. */
const port = parentPort;
if (!port) throw new Error('node-worker.ts runs inside a worker_threads Worker');
serve({
  post: (reply) => port.postMessage(reply),
  onRequest: (listener) => port.on('message', (request: UncertaintyRequest) => listener(request)),
});
