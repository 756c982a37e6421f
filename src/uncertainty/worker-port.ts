import type { UncertaintyReply, UncertaintyRequest } from './protocol';

/**
 * The main thread's view of one worker, the same for a browser Worker and a node worker_threads Worker,
 * so the client (and its timeout and cancel) is one piece of code tested in node for real.
 */
export interface WorkerPort {
  post(request: UncertaintyRequest): void;
  onReply(listener: (reply: UncertaintyReply) => void): void;
  /** The worker died: an uncaught error, or it failed to load. */
  onFailure(listener: (message: string) => void): void;
  /** Stops the worker at once, even in the middle of a synchronous evaluation. */
  terminate(): void;
}

/** A browser dedicated Worker. */
export function webWorkerPort(worker: Worker): WorkerPort {
  return {
    post: (request) => worker.postMessage(request),
    onReply: (listener) => worker.addEventListener('message', (event) => listener(event.data as UncertaintyReply)),
    onFailure: (listener) => {
      worker.addEventListener('error', (event) => listener(event.message || 'the worker failed to load'));
      worker.addEventListener('messageerror', () => listener('a message from the worker could not be read'));
    },
    terminate: () => worker.terminate(),
  };
}

/** The part of node's worker_threads Worker used here (typed structurally: browsers have no worker_threads). */
export interface NodeWorkerLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/** A node worker_threads Worker. */
export function nodeWorkerPort(worker: NodeWorkerLike): WorkerPort {
  let terminated = false;
  return {
    post: (request) => worker.postMessage(request),
    onReply: (listener) => worker.on('message', (message) => listener(message as UncertaintyReply)),
    onFailure: (listener) => {
      worker.on('error', (error) => listener(error.message));
      worker.on('exit', (code) => {
        if (!terminated) listener(`the worker stopped (exit code ${code})`);
      });
    },
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
  };
}
