import { blendedPrice } from '../../model/pricing';
import { EXAMPLE_PRICES } from '../../prices/bundled';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';

const NO_CACHED_PRICE = '';

const { 'claude-sonnet-4': sonnet } = EXAMPLE_PRICES;

export const BLENDED_PRICE: FunctionSpec = {
  id: 'BLENDED_PRICE',
  description:
    'Price in $ per million tokens of a usage mix: input × (1 − output_share − cached_share) + output × output_share + ' +
    'cached × cached_share. Shares are fractions of all tokens. A model id in a price slot means that slot’s price ' +
    'of the model. Agents whose volume is mostly cache reads cost far less per token than the 3:1 blend.',
  params: [
    {
      name: 'input_price',
      description: 'Price of uncached input tokens, $ per million, or a model id (its input price).',
      type: 'price',
      priceOf: 'input',
      domain: DOMAINS.money,
    },
    {
      name: 'output_price',
      description: 'Price of output tokens, $ per million, or a model id (its output price).',
      type: 'price',
      priceOf: 'output',
      domain: DOMAINS.money,
    },
    { name: 'output_share', description: 'Share of all tokens that are output (0…1).', domain: DOMAINS.share },
    {
      name: 'cached_price',
      description:
        'Price of cache-read input tokens, $ per million, or a model id (its cache-read price). Required when cached_share > 0.',
      type: 'price',
      priceOf: 'cached',
      default: NO_CACHED_PRICE,
      domain: DOMAINS.money,
    },
    {
      name: 'cached_share',
      description: 'Share of all tokens that are cache reads (0…1). Default 0.',
      default: 0,
      domain: DOMAINS.share,
    },
  ],
  result: { kind: 'scalar' },
  compute: (input: number, output: number, outputShare: number, cached: number | string, cachedShare: number) =>
    blendedPrice(input, output, outputShare, cached === NO_CACHED_PRICE ? undefined : (cached as number), cachedShare),
  // The model's checks in its order: shares summing above 1 (#NUM!), then a missing cached price (#VALUE!).
  native: (v) => {
    const uncachedAndOutput = `${v.input_price}*(1-${v.output_share}-${v.cached_share})+${v.output_price}*${v.output_share}`;
    const withCache = `IF(ISNUMBER(${v.cached_price}),${uncachedAndOutput}+${v.cached_price}*${v.cached_share},VALUE("#"))`;
    return `IF(${v.output_share}+${v.cached_share}>1,SQRT(-1),IF(${v.cached_share}>0,${withCache},${uncachedAndOutput}))`;
  },
  examples: [
    {
      formula: '=HC.BLENDED_PRICE(3, 15, 0.25)',
      args: [3, 15, 0.25],
      expected: 6,
      note: 'A chat user: 3 input tokens to 1 output token.',
    },
    {
      formula: '=HC.BLENDED_PRICE(3, 15, 0.05, 0.3, 0.8)',
      args: [3, 15, 0.05, 0.3, 0.8],
      expected: 1.44,
      note: 'A coding agent: 80% cache reads, 5% output.',
    },
    {
      formula: '=HC.BLENDED_PRICE("claude-sonnet-4", "claude-sonnet-4", 0.05, "claude-sonnet-4", 0.8)',
      args: ['claude-sonnet-4', 'claude-sonnet-4', 0.05, 'claude-sonnet-4', 0.8],
      expected: sonnet.input * 0.15 + sonnet.output * 0.05 + sonnet.cached * 0.8,
      note: 'The same agent mix at the catalogue’s prices for the model.',
    },
    {
      formula: '=HC.BLENDED_PRICE(3, 15, 0.5, 0.3, 0.6)',
      args: [3, 15, 0.5, 0.3, 0.6],
      expected: { error: '#NUM!', message: 'output_share + cached_share must be ≤ 1' },
    },
    {
      formula: '=HC.BLENDED_PRICE(3, 15, 0.05, , 0.8)',
      args: [3, 15, 0.05, null, 0.8],
      expected: { error: '#VALUE!', message: 'cached_price is required when cached_share > 0' },
    },
  ],
};
