import { computePerHead } from '../../model/compute';
import { DOMAINS } from '../domain';
import { blendedPrice, standardBlend } from '../../model/pricing';
import { EXAMPLE_PRICES } from '../../prices/bundled';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

const { 'claude-sonnet-4': sonnet } = EXAMPLE_PRICES;
/** 5% output, 80% cache reads, the rest uncached input: a coding agent's mix. */
const agentMix = blendedPrice(sonnet.input, sonnet.output, 0.05, sonnet.cached, 0.8) as number;

export const COMPUTE_PER_HEAD: FunctionSpec = {
  id: 'COMPUTE_PER_HEAD',
  description: 'Annual compute spend per engineer: tokens per day × price per million ÷ 10⁶ × days per year.',
  params: [
    {
      name: 'tokens_per_day',
      description: 'Tokens one engineer (or their agents) uses per day.',
      domain: DOMAINS.count,
    },
    PARAMS.pricePerMillion,
    PARAMS.daysPerYear,
  ],
  result: { kind: 'scalar' },
  compute: computePerHead,
  native: (v) => `(${v.tokens_per_day}*${v.price_per_million}*${v.days_per_year})/1000000`,
  examples: [
    {
      formula: '=HC.COMPUTE_PER_HEAD(10000000, 10)',
      args: [10000000, 10],
      expected: 23000,
      note: 'Ten million tokens a working day at $10 per million.',
    },
    {
      formula: '=HC.COMPUTE_PER_HEAD(100000000, 2, 365)',
      args: [100000000, 2, 365],
      expected: 73000,
      note: 'An agent swarm running every day.',
    },
    {
      formula: '=HC.COMPUTE_PER_HEAD(10000000, "claude-sonnet-4")',
      args: [10000000, 'claude-sonnet-4'],
      expected: (10000000 * standardBlend(sonnet.input, sonnet.output) * 230) / 1e6,
      note: 'A model id stands for its labelled 3:1 input:output blend; for agents, price with HC.BLENDED_PRICE.',
    },
    {
      formula:
        '=HC.COMPUTE_PER_HEAD(100000000, HC.BLENDED_PRICE("claude-sonnet-4", "claude-sonnet-4", 0.05, "claude-sonnet-4", 0.8), 365)',
      args: [100000000, agentMix, 365],
      expected: agentMix * 100 * 365,
      note: 'An agent swarm, mostly cache reads: price its token mix with HC.BLENDED_PRICE, not the 3:1 blend.',
    },
    {
      formula: '=HC.COMPUTE_PER_HEAD(10000000, 10, 400)',
      args: [10000000, 10, 400],
      expected: { error: '#NUM!', message: 'days_per_year must be between 0 and 366' },
    },
  ],
};
