import type { DriverName, SimulationOptions, UncertainScenario } from './scenario';
import type { SimulationSummary } from './simulate';
import type { DriverRange } from './tornado';

/** Draws behind a driver check: enough to show its range, few enough to answer as the analyst types. */
export const CHECK_DRAWS = 200;

/** Messages the main thread sends to an uncertainty worker. */
export type UncertaintyRequest =
  | { id: number; kind: 'check'; scenario: UncertainScenario; driver: DriverName; seed: number }
  | { id: number; kind: 'simulate'; scenario: UncertainScenario; options: SimulationOptions };

/** The outcome of checking one driver: its range over a few draws, or why it is refused. */
export type DriverCheck = { ok: true; range: DriverRange; rejectedShare: number } | { ok: false; message: string };

/** Messages a worker sends back. `ready` comes once, when its code has loaded. */
export type UncertaintyReply =
  | { kind: 'ready' }
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'checked'; check: DriverCheck }
  | { id: number; kind: 'simulated'; summary: SimulationSummary }
  | { id: number; kind: 'refused'; message: string };
