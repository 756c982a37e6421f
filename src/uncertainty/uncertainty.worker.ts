import type { UncertaintyRequest } from './protocol';
import { serve } from './worker-handler';

/** Browser entry of the uncertainty worker (a dedicated web Worker; see browser-client.ts). */
const scope = self as unknown as DedicatedWorkerScope;
serve({
  post: (reply) => scope.postMessage(reply),
  onRequest: (listener) => scope.addEventListener('message', (event) => listener(event.data as UncertaintyRequest)),
});

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface DedicatedWorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
