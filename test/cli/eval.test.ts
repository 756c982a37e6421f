import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { hcplan } from '../support/cli';

describe('hcplan eval', () => {
  it('evaluates a formula mixing HC and native functions, printed with 15 significant digits', () => {
    expect(hcplan('eval', '=HC.TOKENSHARE(100000,375000)*2')).toEqual({ code: 0, out: '0.421052631578947', err: '' });
    expect(hcplan('eval', '=ROUND(HC.BREAKEVEN_HEADCOUNT(10000000, 100000, HC.LOADED_COST(375000, 0.3)), 2)').out).toBe(
      '17.02',
    );
  });

  it('accepts Excel’s file spellings, a formula without =, and one split at spaces', () => {
    expect(hcplan('eval', '=_xldudf_HC_LOADED_COST(375000,0.3)').out).toBe('487500');
    expect(hcplan('eval', 'HC.LOADED_COST(375000,0.3)').out).toBe('487500');
    expect(hcplan('eval', '=1', '+', '2').out).toBe('3');
  });

  it('prints a spill one row per line, cells tab-separated', () => {
    const { code, out } = hcplan('eval', '=HC.COMPUTE_RUN_RATE(100000, 1, SEQUENCE(12))');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe('105946.30943593');
    expect(lines[11]).toBe('200000');
    expect(hcplan('eval', '=HC.OPTIMAL_MIX(10000000, 500000, 0.7, 0.3)').out).toBe('14\t3000000\t214285.714285714');
  });

  it('prints text and logicals as they are', () => {
    expect(hcplan('eval', '=IF(HC.TOKENSHARE(100000,375000)>0.2,"high","low")').out).toBe('high');
    expect(hcplan('eval', '=HC.TOKENSHARE(100000,375000)>0.5').out).toBe('FALSE');
  });

  it('prints an error as #CODE message and exits 1', () => {
    expect(hcplan('eval', '=HC.TOKENSHARE(-1, 375000)')).toEqual({
      code: 1,
      out: '#NUM! compute_per_head must be ≥ 0',
      err: '',
    });
    expect(hcplan('eval', '=NOPE(1)')).toMatchObject({ code: 1, out: '#NAME? Function name NOPE not recognized.' });
    expect(hcplan('eval', '=1/0')).toMatchObject({ code: 1, out: '#DIV/0!' });
  });

  it('prints JSON with --json', () => {
    expect(JSON.parse(hcplan('eval', '=HC.TOKENSHARE(100000,375000)', '--json').out)).toBe(100000 / 475000);
    expect(JSON.parse(hcplan('eval', '=HC.SPEND_VARIANCE(1000000000, 3, 1500000000, 2.5)', '--json').out)).toEqual([
      [1500, -750],
    ]);
    expect(JSON.parse(hcplan('eval', '--json', '=HC.TOKENSHARE(-1, 1)').out)).toEqual({
      error: '#NUM!',
      message: 'compute_per_head must be ≥ 0',
    });
  });

  it('exits 2 for a missing or unreadable formula', () => {
    expect(hcplan('eval')).toMatchObject({ code: 2, err: expect.stringMatching(/^usage: hcplan eval FORMULA/) });
    expect(hcplan('eval', '=HC.TOKENSHARE(1,')).toEqual({
      code: 2,
      out: '',
      err: 'hcplan eval: cannot read the formula =HC.TOKENSHARE(1,',
    });
  });
});

const BIN = join(__dirname, '..', '..', 'bin', 'hcplan.js');
const built = existsSync(join(__dirname, '..', '..', 'build', 'node', 'src', 'cli', 'main.js'));
(built ? describe : describe.skip)('hcplan eval as a process', () => {
  it('prints and exits 0, 1 or 2', () => {
    const ok = spawnSync('node', [BIN, 'eval', '=HC.TOKENSHARE(100000,375000)*2'], { encoding: 'utf8' });
    expect([ok.status, ok.stdout]).toEqual([0, '0.421052631578947\n']);
    expect(spawnSync('node', [BIN, 'eval', '=HC.TOKENSHARE(-1,1)']).status).toBe(1);
    expect(spawnSync('node', [BIN, 'eval', '=(']).status).toBe(2);
  }, 60_000);
});
if (!built) console.warn('build/node missing: run `npm run build:node` to test the hcplan bin as a process');
