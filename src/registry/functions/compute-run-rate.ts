import { computeRunRate } from '../../model/runrate';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

const TWELVE_MONTHS = Array.from({ length: 12 }, (_, index) => [index + 1]);

export const COMPUTE_RUN_RATE: FunctionSpec = {
  id: 'COMPUTE_RUN_RATE',
  description:
    'Annualised compute run-rate at a month (0 = today). A column of months, e.g. SEQUENCE(36), spills a projection.',
  params: [
    PARAMS.computePerHead,
    PARAMS.usageGrowth,
    { name: 'month', description: 'Month from today (0 = today); a range of months spills.', domain: DOMAINS.month },
    PARAMS.priceChange,
  ],
  result: { kind: 'scalar' },
  compute: computeRunRate,
  native: (v) => `${v.compute_per_head}*POWER((1+${v.usage_growth})*(1+${v.price_change}),${v.month}/12)`,
  examples: [
    {
      formula: '=HC.COMPUTE_RUN_RATE(100000, 1, SEQUENCE(12))',
      args: [100000, 1, TWELVE_MONTHS],
      expected: TWELVE_MONTHS.map(([month]) => [100000 * 2 ** (month / 12)]),
      note: 'Usage doubling a year: 12 monthly run-rates, the last 200,000.',
    },
    {
      formula: '=HC.COMPUTE_RUN_RATE(100000, 9, 12, -0.9)',
      args: [100000, 9, 12, -0.9],
      expected: 100000,
      note: 'Usage 10× a year while prices fall 10× a year: spend stays flat.',
    },
    {
      formula: '=HC.COMPUTE_RUN_RATE(100000, 1, 1.5)',
      args: [100000, 1, 1.5],
      expected: { error: '#NUM!', message: 'month must be a whole number ≥ 0' },
    },
  ],
};
