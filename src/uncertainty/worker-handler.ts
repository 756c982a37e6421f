import { CHECK_DRAWS, UncertaintyReply, UncertaintyRequest } from './protocol';
import { ExpressionError } from './sandbox';
import { simulate } from './simulate';

/** What a worker does with one request, whatever hosts it (web Worker or worker_threads). */
export function handleRequest(request: UncertaintyRequest, post: (reply: UncertaintyReply) => void): void {
  const { id } = request;
  try {
    if (request.kind === 'check') {
      const summary = simulate(request.scenario, { draws: CHECK_DRAWS, seed: request.seed });
      const check =
        summary instanceof ExpressionError
          ? { ok: false as const, message: summary.message }
          : {
              ok: true as const,
              range: summary.drivers[request.driver],
              rejectedShare: 1 - summary.accepted / summary.draws,
            };
      post({ id, kind: 'checked', check });
      return;
    }
    const summary = simulate(request.scenario, request.options, (done, total) =>
      post({ id, kind: 'progress', done, total }),
    );
    post(
      summary instanceof ExpressionError
        ? { id, kind: 'refused', message: summary.message }
        : { id, kind: 'simulated', summary },
    );
  } catch (error) {
    // A bug, not the analyst's input: reported as such rather than left to kill the worker silently.
    post({ id, kind: 'refused', message: `internal error: ${(error as Error).message}` });
  }
}

/** The worker side of a host: deliver requests, send replies. */
export interface WorkerEndpoint {
  post(reply: UncertaintyReply): void;
  onRequest(listener: (request: UncertaintyRequest) => void): void;
}

/** Runs the worker: answers every request, after announcing that its code (mathjs included) has loaded. */
export function serve(endpoint: WorkerEndpoint): void {
  endpoint.onRequest((request) => handleRequest(request, (reply) => endpoint.post(reply)));
  endpoint.post({ kind: 'ready' });
}
