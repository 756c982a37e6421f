import { isHcError } from '../../model/errors';
import type { ModelSummary } from '../../prices';
import { BLENDED_PRICE } from '../../registry/functions/blended-price';
import { runFunction } from '../../registry/runner';
import type { UsageProfileId } from './inputs';

/** Shares of all tokens a workload spends on output and on cache reads; the rest is uncached input. */
export interface TokenMix {
  outputShare: number;
  cachedShare: number;
}

/**
 * Each usage profile's token mix (/work/shared/figures.md: a writer uses no cache; an agent swarm's
 * volume is mostly cache reads). `custom` is the labelled 3:1 input:output blend, no cache.
 */
export const PROFILE_MIXES: Readonly<Record<UsageProfileId, TokenMix>> = {
  writer: { outputShare: 0.25, cachedShare: 0 },
  engineer: { outputShare: 0.1, cachedShare: 0.5 },
  swarm: { outputShare: 0.05, cachedShare: 0.8 },
  custom: { outputShare: 0.25, cachedShare: 0 },
};

export type MixedPrice = { ok: true; value: number } | { ok: false; reason: string };

/**
 * $ per million tokens of a model under a mix, with HC.BLENDED_PRICE's own rules and messages (shares
 * summing above 1, a cached share for a model without a cache price), so the panel and a cell agree.
 */
export function mixedPrice(model: ModelSummary, mix: TokenMix): MixedPrice {
  const { input, output, cached } = model.prices;
  if (input === undefined || output === undefined) {
    return { ok: false, reason: `the catalogue has no input and output price for ${model.id}` };
  }
  const [[price]] = runFunction(BLENDED_PRICE, [input, output, mix.outputShare, cached ?? null, mix.cachedShare]);
  if (!isHcError(price)) return { ok: true, value: price };
  const noCachePrice = cached === undefined && mix.cachedShare > 0;
  return {
    ok: false,
    reason: noCachePrice ? `${model.id} has no cache-read price; set the cached share to 0` : price.message,
  };
}
