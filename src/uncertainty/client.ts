import type { DriverCheck, UncertaintyReply, UncertaintyRequest } from './protocol';
import type { DriverName, SimulationOptions, UncertainScenario } from './scenario';
import type { SimulationSummary } from './simulate';
import type { WorkerPort } from './worker-port';

/** Why a job did not give a result: the input was refused, it ran out of time, was cancelled, or the worker failed. */
export type StopReason = 'refused' | 'timeout' | 'cancelled' | 'failed';

export class UncertaintyError extends Error {
  override readonly name = 'UncertaintyError';
  constructor(
    readonly reason: StopReason,
    message: string,
  ) {
    super(message);
  }
}

export interface UncertaintyClientOptions {
  /** Time box of one driver check, counted once the worker has loaded. Default 1,000 ms. */
  checkTimeoutMs?: number;
  /** Time box of one simulation. Default 60,000 ms. */
  simulateTimeoutMs?: number;
  /** Time a fresh worker may take to load its code (mathjs included). Default 15,000 ms. */
  startupTimeoutMs?: number;
}

type JobRequest = UncertaintyRequest extends infer R ? (R extends UncertaintyRequest ? Omit<R, 'id'> : never) : never;
type FinalReply = Exclude<UncertaintyReply, { kind: 'ready' } | { kind: 'progress' }>;

interface JobControls {
  timeoutMs: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * One worker and the jobs sent to it. Evaluation in the worker is synchronous and cannot be interrupted,
 * so a job that runs out of time, or is cancelled, ends by terminating the whole worker; the session is
 * then dead and its owner starts a new one.
 */
class WorkerSession {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(reply: FinalReply): void; reject(error: UncertaintyError): void; onProgress?: JobControls['onProgress'] }
  >();
  private readonly ready: Promise<void>;
  private failure: UncertaintyError | undefined;

  constructor(
    private readonly port: WorkerPort,
    startupTimeoutMs: number,
  ) {
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(new UncertaintyError('failed', `the uncertainty worker did not load within ${startupTimeoutMs} ms`));
        reject(this.failure);
      }, startupTimeoutMs);
      port.onReply((reply) => {
        if (reply.kind === 'ready') {
          clearTimeout(timer);
          resolve();
          return;
        }
        const job = this.pending.get(reply.id);
        if (!job) return;
        if (reply.kind === 'progress') {
          job.onProgress?.(reply.done, reply.total);
          return;
        }
        this.pending.delete(reply.id);
        job.resolve(reply);
      });
      port.onFailure((message) => {
        clearTimeout(timer);
        this.stop(new UncertaintyError('failed', `the uncertainty worker failed: ${message}`));
        reject(this.failure);
      });
    });
    // A failed start is reported to each job; this keeps it from also surfacing as unhandled.
    this.ready.catch(() => undefined);
  }

  private running = 0;

  /** Alive and not working on a job: a new job starts at once. */
  get idle(): boolean {
    return this.failure === undefined && this.running === 0;
  }

  get alive(): boolean {
    return this.failure === undefined;
  }

  async run(request: JobRequest, controls: JobControls): Promise<FinalReply> {
    this.running++;
    try {
      return await this.runJob(request, controls);
    } finally {
      this.running--;
    }
  }

  private async runJob(request: JobRequest, controls: JobControls): Promise<FinalReply> {
    if (controls.signal?.aborted) throw new UncertaintyError('cancelled', 'cancelled');
    await this.ready;
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    return new Promise<FinalReply>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        controls.signal?.removeEventListener('abort', onAbort);
      };
      const timer = setTimeout(() => {
        this.stop(
          new UncertaintyError('timeout', `stopped after ${controls.timeoutMs} ms: the calculation took too long`),
        );
      }, controls.timeoutMs);
      const onAbort = () => this.stop(new UncertaintyError('cancelled', 'cancelled'));
      controls.signal?.addEventListener('abort', onAbort);
      this.pending.set(id, {
        resolve: (reply) => {
          finish();
          resolve(reply);
        },
        reject: (error) => {
          finish();
          reject(error);
        },
        onProgress: controls.onProgress,
      });
      this.port.post({ ...request, id } as UncertaintyRequest);
    });
  }

  /** Terminates the worker and ends every job still waiting with `error`. */
  stop(error: UncertaintyError): void {
    if (this.failure) return;
    this.failure = error;
    this.port.terminate();
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}

/**
 * What the panel calls. Driver checks share one long-lived worker (one check at a time, each within its
 * time box). Simulations run in workers of their own, kept for the next run; cancelling or timing out
 * terminates that worker only, so the checks are never disturbed.
 */
export class UncertaintyClient {
  private checker: WorkerSession | undefined;
  private checkQueue: Promise<unknown> = Promise.resolve();
  private simulators: WorkerSession[] = [];
  private readonly checkTimeoutMs: number;
  private readonly simulateTimeoutMs: number;
  private readonly startupTimeoutMs: number;

  constructor(
    private readonly spawn: () => WorkerPort,
    options: UncertaintyClientOptions = {},
  ) {
    this.checkTimeoutMs = options.checkTimeoutMs ?? 1000;
    this.simulateTimeoutMs = options.simulateTimeoutMs ?? 60_000;
    this.startupTimeoutMs = options.startupTimeoutMs ?? 15_000;
  }

  /**
   * Checks what the analyst typed for `driver` (in `scenario.drivers`) against the whole scenario by a
   * small simulation: its P10/P50/P90 and the share of draws rejected, or the reason it is refused —
   * unknown names, functions, assignments, a circle of drivers, a non-number result, or running past
   * the time box. Never rejects.
   */
  checkDriver(scenario: UncertainScenario, driver: DriverName, seed = 1): Promise<DriverCheck> {
    const check = this.checkQueue.then(async (): Promise<DriverCheck> => {
      if (!this.checker?.alive) this.checker = new WorkerSession(this.spawn(), this.startupTimeoutMs);
      try {
        const reply = await this.checker.run(
          { kind: 'check', scenario, driver, seed },
          { timeoutMs: this.checkTimeoutMs },
        );
        return reply.kind === 'checked'
          ? reply.check
          : { ok: false, message: reply.kind === 'refused' ? reply.message : 'unexpected reply' };
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
    });
    this.checkQueue = check;
    return check;
  }

  /**
   * Runs the Monte Carlo simulation in a worker. `onProgress` hears (done, total) draws every 1,000;
   * aborting `signal` terminates the worker at once. Rejects with an UncertaintyError whose `reason` is
   * `refused` (with the message to show beside the input), `timeout`, `cancelled` or `failed`.
   */
  async simulate(
    scenario: UncertainScenario,
    options: SimulationOptions = {},
    onProgress?: (done: number, total: number) => void,
    signal?: AbortSignal,
  ): Promise<SimulationSummary> {
    this.simulators = this.simulators.filter((session) => session.alive);
    let session = this.simulators.find((candidate) => candidate.idle);
    if (!session) {
      session = new WorkerSession(this.spawn(), this.startupTimeoutMs);
      this.simulators.push(session);
    }
    const reply = await session.run(
      { kind: 'simulate', scenario, options },
      { timeoutMs: this.simulateTimeoutMs, signal, onProgress },
    );
    if (reply.kind === 'simulated') return reply.summary;
    throw new UncertaintyError('refused', reply.kind === 'refused' ? reply.message : 'unexpected reply');
  }

  /** Terminates every worker; later calls start new ones. */
  dispose(): void {
    const disposed = new UncertaintyError('cancelled', 'the uncertainty client was disposed');
    this.checker?.stop(disposed);
    this.checker = undefined;
    for (const session of this.simulators) session.stop(disposed);
    this.simulators = [];
  }
}
