/** Where a command writes: injected so tests can run commands in-process. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Exit codes: 0 ok, 1 an error value in the result, 2 usage, 3 cells the engine could not evaluate. */
export const EXIT = { ok: 0, errorValue: 1, usage: 2, unevaluated: 3 } as const;
