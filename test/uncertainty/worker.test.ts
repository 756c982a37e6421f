import { UncertaintyClient, UncertaintyError } from '../../src/uncertainty/client';
import { spawnBrokenWorker, spawnUncertaintyWorker } from './support/node-worker';
import { scenario } from './support/scenario';

/**
 * The client against the real worker code in real worker_threads: time boxes and cancellation end in
 * Worker.terminate(), exactly as in the browser (only the adapter differs).
 */
jest.setTimeout(60_000);

const CHECK_TIME_BOX_MS = 1000;
let client: UncertaintyClient;

beforeAll(async () => {
  client = new UncertaintyClient(spawnUncertaintyWorker, { checkTimeoutMs: CHECK_TIME_BOX_MS });
  // Loading the worker (TypeScript transpilation and mathjs) happens once, outside the time box.
  await client.checkDriver(scenario(), 'usage_growth');
});
afterAll(() => client.dispose());

async function stopReason(promise: Promise<unknown>): Promise<[string, string]> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UncertaintyError);
    return [(error as UncertaintyError).reason, (error as Error).message];
  }
  throw new Error('expected the job to stop');
}

describe('driver checks in the worker', () => {
  it('gives the range of a distribution over the check draws', async () => {
    const check = await client.checkDriver(scenario({ usage_growth: 'normal(1, 0.3)' }), 'usage_growth');
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.range.p50).toBeCloseTo(1, 1);
    expect(check.range.p90 - check.range.p10).toBeGreaterThan(0.5); // 2 × 1.28 × 0.3 = 0.77
    expect(check.rejectedShare).toBe(0);
  });

  it.each([
    ['import({})', 'unknown function "import"'],
    ['createUnit("x")', 'unknown function "createUnit"'],
    ['evaluate("1")', 'unknown function "evaluate"'],
    ['parse("1")', 'unknown function "parse"'],
    ['[].constructor', 'property and index access are not allowed'],
    ['salary.constructor', 'property and index access are not allowed'],
    ['salary["__proto__"]', 'property and index access are not allowed'],
    ['f(x) = x', 'defining functions is not allowed'],
    ['usage_growth = 1', 'assignments are not allowed'],
    ['ones(100000, 100000)', 'unknown function "ones"'],
    ['sum(1:1e9)', 'unknown function "sum"'],
    ['[1, 2, 3]', 'matrices and ranges are not allowed'],
    ['"abc"', 'only numbers are allowed, not "abc"'],
    ['usage_grwth * 2', 'unknown name "usage_grwth"'],
    ['price_change + 1', 'the drivers refer to each other in a circle: usage_growth → price_change → usage_growth'],
    ['9'.repeat(501), 'the expression is longer than 500 characters'], // titled by its 501 nines
  ])('refuses %s within the time box, saying why', async (text, reason) => {
    const drivers =
      text === 'price_change + 1' ? { usage_growth: text, price_change: 'usage_growth' } : { usage_growth: text };
    const started = Date.now();
    const check = await client.checkDriver(scenario(drivers), 'usage_growth');
    expect(Date.now() - started).toBeLessThan(CHECK_TIME_BOX_MS);
    expect(check).toEqual({ ok: false, message: expect.stringContaining(reason) });
    expect(check.ok || check.message.startsWith(text === 'price_change + 1' ? 'the drivers' : 'usage_growth: ')).toBe(
      true,
    );
  });

  it('reports the share of growth draws at or below −100%, which are not used', async () => {
    const check = await client.checkDriver(scenario({ usage_growth: 'normal(0, 1)' }), 'usage_growth');
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.rejectedShare).toBeGreaterThan(0.08); // Φ(−1) = 15.9% of 200 draws
    if (check.ok) expect(check.range.p10).toBeGreaterThan(-1);
  });
});

describe('simulation in a worker', () => {
  it('reports progress every 1,000 draws and returns the summary', async () => {
    const progress: number[] = [];
    const summary = await client.simulate(
      scenario({ usage_growth: 'normal(0.5, 0.2)' }),
      { draws: 5000 },
      (done, total) => {
        expect(total).toBe(5000);
        progress.push(done);
      },
    );
    expect(progress).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(summary.accepted).toBe(5000);
    expect(summary.monthsToParity.p50).toBeGreaterThan(30);
  });

  it('gives the same summary as the same simulation in process (one code path)', async () => {
    const { simulate } = await import('../../src/uncertainty/simulate');
    const input = scenario({ usage_growth: 'lognormal(log(1.5), 0.4) - 1', price_change: 'uniform(-0.3, 0)' });
    expect(await client.simulate(input, { draws: 2000, seed: 9 })).toEqual(simulate(input, { draws: 2000, seed: 9 }));
  });

  it('rejects a refused scenario with the message to show', async () => {
    expect(await stopReason(client.simulate(scenario({ uplift: 'uplift_typo' })))).toEqual([
      'refused',
      expect.stringContaining('uplift: unknown name "uplift_typo"'),
    ]);
  });

  it('cancels at once when the signal aborts, terminating the worker mid-run', async () => {
    const controller = new AbortController();
    const heavy = scenario({
      usage_growth: 'lognormal(log(2), 0.5) - 1',
      price_change: 'max(-0.9, normal(-0.3, 0.2))',
    });
    const progress: number[] = [];
    const run = client.simulate(
      heavy,
      { draws: 100_000 },
      (done) => {
        progress.push(done);
        controller.abort();
      },
      controller.signal,
    );
    expect(await stopReason(run)).toEqual(['cancelled', 'cancelled']);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBeLessThan(100_000);
    expect((await client.simulate(scenario(), { draws: 100 })).accepted).toBe(100);
  });

  it('stops a simulation that outruns its time box, and the next one runs', async () => {
    const boxed = new UncertaintyClient(spawnUncertaintyWorker, { simulateTimeoutMs: 20 });
    const heavy = scenario({
      usage_growth: 'lognormal(log(2), 0.5) - 1',
      price_change: 'max(-0.9, normal(-0.3, 0.2))',
    });
    const started = Date.now();
    const [reason, message] = await stopReason(boxed.simulate(heavy, { draws: 100_000 }));
    expect([reason, message]).toEqual(['timeout', 'stopped after 20 ms: the calculation took too long']);
    expect(Date.now() - started).toBeLessThan(20_000); // worker start-up included; the run alone takes far longer
    boxed.dispose();
    expect((await client.simulate(scenario(), { draws: 100 })).accepted).toBe(100);
  });

  it('reports a worker that fails to load instead of waiting for it', async () => {
    const broken = new UncertaintyClient(spawnBrokenWorker);
    expect(await stopReason(broken.simulate(scenario()))).toEqual([
      'failed',
      expect.stringContaining('the bundle is broken'),
    ]);
    expect(await broken.checkDriver(scenario(), 'usage_growth')).toEqual({
      ok: false,
      message: expect.stringContaining('the bundle is broken'),
    });
  });
});
