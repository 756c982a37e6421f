import { breakevenUplift } from '../../model/headcount';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const BREAKEVEN_UPLIFT: FunctionSpec = {
  id: 'BREAKEVEN_UPLIFT',
  description:
    'The increase in output per engineer at which the compute pays for itself: compute per head ÷ cost per head.',
  params: [PARAMS.computePerHead, PARAMS.costPerHead],
  result: { kind: 'scalar' },
  compute: breakevenUplift,
  native: (v) => `${v.compute_per_head}/${v.cost_per_head}`,
  examples: [
    {
      formula: '=HC.BREAKEVEN_UPLIFT(100000, 375000)',
      args: [100000, 375000],
      expected: 100000 / 375000,
      note: '$100k of tokens pays for itself if the engineer gets 26.7% more done.',
    },
    {
      formula: '=HC.BREAKEVEN_UPLIFT(100000, 0)',
      args: [100000, 0],
      expected: { error: '#DIV/0!', message: 'cost_per_head is 0' },
    },
  ],
};
