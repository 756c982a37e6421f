import { SERIES_BELOW } from '../../model/growth';
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
  native: (v) => {
    const years = `(${v.months}/12)`;
    const growth = `((1+${v.usage_growth})*(1+${v.price_change}))`;
    const x = `(${years}*LN(${growth}))`;
    const series = `${years}*(1+${x}/2+(${x}*${x})/6+(${x}*${x}*${x})/24)`;
    const closed = `(POWER(${growth},${years})-1)/LN(${growth})`;
    return `${v.compute_per_head}*IF(ABS(${x})<${SERIES_BELOW},${series},${closed})`;
  },
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
