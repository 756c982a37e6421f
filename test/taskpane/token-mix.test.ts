import type { ModelSummary } from '../../src/prices';
import { usageProfile } from '../../src/taskpane/planner/usage-profiles';
import { mixedPrice, PROFILE_MIXES } from '../../src/taskpane/planner/token-mix';

const model = (prices: ModelSummary['prices']): ModelSummary => ({
  id: 'm-1',
  name: 'Model One',
  provider: { id: 'p', name: 'Provider' },
  prices,
});
const sonnetLike = model({ input: 3, cached: 0.3, output: 15 });

describe('token mix of the usage profiles', () => {
  it('fills each profile’s mix: a writer uses no cache, an agent swarm mostly cache reads', () => {
    expect(usageProfile('writer').fills).toMatchObject({ outputShare: 0.25, cachedShare: 0 });
    expect(usageProfile('engineer').fills).toMatchObject(PROFILE_MIXES.engineer);
    expect(usageProfile('swarm').fills).toMatchObject({ outputShare: 0.05, cachedShare: 0.8 });
    expect(usageProfile('custom').fills).toBeUndefined();
  });

  it('prices a model with HC.BLENDED_PRICE: the 3:1 blend for a writer, far less for a swarm', () => {
    expect(mixedPrice(sonnetLike, PROFILE_MIXES.writer)).toEqual({ ok: true, value: 6 });
    const swarm = mixedPrice(sonnetLike, PROFILE_MIXES.swarm);
    expect(swarm.ok && swarm.value).toBeCloseTo(3 * 0.15 + 15 * 0.05 + 0.3 * 0.8, 12);
  });

  it('explains a mix the model cannot price, in BLENDED_PRICE’s words where they apply', () => {
    expect(mixedPrice(sonnetLike, { outputShare: 0.5, cachedShare: 0.6 })).toEqual({
      ok: false,
      reason: 'output_share + cached_share must be ≤ 1',
    });
    expect(mixedPrice(model({ input: 2.4, output: 12 }), PROFILE_MIXES.swarm)).toEqual({
      ok: false,
      reason: 'm-1 has no cache-read price; set the cached share to 0',
    });
    expect(mixedPrice(model({ input: 2.4, output: 12 }), PROFILE_MIXES.writer)).toEqual({ ok: true, value: 4.8 });
    expect(mixedPrice(model({ input: 1 }), PROFILE_MIXES.writer)).toEqual({
      ok: false,
      reason: 'the catalogue has no input and output price for m-1',
    });
  });
});
