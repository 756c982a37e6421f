import { run } from '../../src/cli/main';

/** Runs hcplan in-process and captures what it prints. */
export function hcplan(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) }) as number;
  return { code, out: out.join('\n'), err: err.join('\n') };
}
