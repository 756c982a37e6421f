import { computePerHead } from '../../model/compute';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const COMPUTE_PER_HEAD: FunctionSpec = {
  id: 'COMPUTE_PER_HEAD',
  description: 'Annual compute spend per engineer: tokens per day × price per million ÷ 10⁶ × days per year.',
  params: [
    { name: 'tokens_per_day', description: 'Tokens one engineer (or their agents) uses per day.', domain: DOMAINS.count },
    PARAMS.pricePerMillion,
    PARAMS.daysPerYear,
  ],
  result: { kind: 'scalar' },
  compute: computePerHead,
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
      formula: '=HC.COMPUTE_PER_HEAD(10000000, 10, 400)',
      args: [10000000, 10, 400],
      expected: { error: '#NUM!', message: 'days_per_year must be between 0 and 366' },
    },
  ],
};
