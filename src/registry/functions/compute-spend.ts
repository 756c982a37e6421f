import { computeSpend } from '../../model/runrate';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const COMPUTE_SPEND: FunctionSpec = {
  id: 'COMPUTE_SPEND',
  description:
    'Money actually spent on compute over the next months while the run-rate grows continuously (per head, or per team with a team run-rate).',
  params: [
    PARAMS.computePerHead,
    PARAMS.usageGrowth,
    { name: 'months', description: 'Length of the period in months from today.', domain: DOMAINS.duration },
    PARAMS.priceChange,
  ],
  result: { kind: 'scalar' },
  compute: computeSpend,
  examples: [
    {
      formula: '=HC.COMPUTE_SPEND(100000, 1, 12)',
      args: [100000, 1, 12],
      expected: 100000 / Math.LN2,
      note: 'A $100k run-rate doubling over the year costs $144k, not $100k.',
    },
    {
      formula: '=HC.COMPUTE_SPEND(100000, 0, 6)',
      args: [100000, 0, 6],
      expected: 50000,
      note: 'No growth: half a year of a flat run-rate.',
    },
  ],
};
