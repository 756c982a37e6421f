import { execFileSync, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { FUNCTIONS } from '../../src/registry';
import { expectedRows } from '../support/expect-output';
import { hcplan } from '../support/cli';

/** An example argument as typed on the command line: a number, text, or an array constant {a;b}. */
const cliArg = (value: unknown): string =>
  Array.isArray(value)
    ? `{${(value as unknown[][]).map((row) => row.join(',')).join(';')}}`
    : value === null
      ? ''
      : String(value);

/** Printed values carry 15 significant digits. */
const relativeGap = (printed: number, exact: number) => Math.abs(printed - exact) / Math.max(1, Math.abs(exact));

describe('hcplan call', () => {
  it('prints TOKENSHARE with 15 significant digits', () => {
    expect(hcplan('call', 'TOKENSHARE', '100000', '375000')).toEqual({ code: 0, out: '0.210526315789474', err: '' });
  });

  it('prints an error as #CODE message and exits 1', () => {
    expect(hcplan('call', 'TOKENSHARE', '-1', '375000')).toEqual({
      code: 1,
      out: '#NUM! compute_per_head must be ≥ 0',
      err: '',
    });
    expect(hcplan('call', 'TOKENSHARE', 'abc', '375000').out).toBe('#VALUE! compute_per_head must be a number');
  });

  it('prints a spill one row per line, cells tab-separated', () => {
    expect(hcplan('call', 'OPTIMAL_MIX', '10000000', '500000', '0.7', '0.3').out).toBe('14\t3000000\t214285.714285714');
    expect(hcplan('call', 'TOKENSHARE', '{0;100000;375000}', '375000').out).toBe('0\n0.210526315789474\n0.5');
  });

  it('prints JSON with --json', () => {
    expect(JSON.parse(hcplan('call', 'SPEND_VARIANCE', '1000000000', '3', '1500000000', '2.5', '--json').out)).toEqual([
      [1500, -750],
    ]);
    expect(JSON.parse(hcplan('call', 'TOKENSHARE', '-1', '1', '--json').out)).toEqual({
      error: '#NUM!',
      message: 'compute_per_head must be ≥ 0',
    });
  });

  it('accepts lower case names and the HC. prefix, and empty strings as omitted arguments', () => {
    expect(hcplan('call', 'hc.loaded_cost', '375000', '', '0').out).toBe('375000');
  });

  it('exits 2 with usage for an unknown function or a wrong number of arguments', () => {
    expect(hcplan('call', 'NOPE', '1')).toMatchObject({
      code: 2,
      out: '',
      err: 'unknown function NOPE; see hcplan list',
    });
    expect(hcplan('call', 'TOKENSHARE', '1')).toMatchObject({
      code: 2,
      err: 'usage: hcplan call TOKENSHARE(compute_per_head, salary, [bonus=0], [equity=0])',
    });
    expect(hcplan('call', 'TOKENSHARE', '1', '2', '3', '4', '5').code).toBe(2);
    expect(hcplan('frobnicate').code).toBe(2);
  });

  const examples = FUNCTIONS.flatMap((spec) => spec.examples.map((example) => ({ id: spec.id, example })));
  it.each(examples)('reproduces $example.formula', ({ id, example }) => {
    const result = hcplan('call', id, ...example.args.map(cliArg));
    const rows = expectedRows(example.expected);
    const lines = result.out.split('\n').map((line) => line.split('\t'));
    expect(lines.length).toBe(rows.length);
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === 'number') expect(relativeGap(Number(lines[r][c]), cell)).toBeLessThanOrEqual(1e-12);
        else
          expect(lines[r][c]).toEqual(
            cell.message ? `${cell.error} ${cell.message}` : expect.stringMatching(`^${cell.error}`),
          );
      }),
    );
    expect(result.code).toBe(rows.some((row) => row.some((cell) => typeof cell !== 'number')) ? 1 : 0);
  });
});

describe('hcplan list', () => {
  it('prints every function with its signature and a one-line description', () => {
    const { code, out } = hcplan('list');
    expect(code).toBe(0);
    expect(out).toContain('TOKENSHARE(compute_per_head, salary, [bonus=0], [equity=0])\n    The employee');
    for (const spec of FUNCTIONS) expect(out).toContain(`${spec.id}(`);
  });
});

const BIN = join(__dirname, '..', '..', 'bin', 'hcplan.js');
const built = existsSync(join(__dirname, '..', '..', 'build', 'node', 'src', 'cli', 'main.js'));
(built ? describe : describe.skip)('the installed bin (built by npm install’s prepare step)', () => {
  it('runs as a process with the documented exit codes', () => {
    expect(execFileSync('node', [BIN, 'call', 'TOKENSHARE', '100000', '375000'], { encoding: 'utf8' })).toBe(
      '0.210526315789474\n',
    );
    expect(spawnSync('node', [BIN, 'call', 'TOKENSHARE', '-1', '1']).status).toBe(1);
    expect(spawnSync('node', [BIN, 'call', 'NOPE']).status).toBe(2);
  });
});
if (!built) console.warn('build/node missing: run `npm run build:node` to test the hcplan bin as a process');
