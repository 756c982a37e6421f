import { effectiveHeadcount } from '../../model/headcount';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const EFFECTIVE_HEADCOUNT: FunctionSpec = {
  id: 'EFFECTIVE_HEADCOUNT',
  description:
    'Output-equivalent (unassisted) engineers the budget buys: budget ÷ (cost per head + compute per head) × (1 + uplift).',
  params: [
    PARAMS.annualBudget,
    PARAMS.computePerHead,
    PARAMS.costPerHead,
    {
      name: 'uplift',
      description: 'Increase in output per engineer from the compute (0.27 = 27% more; negative if it slows work).',
      domain: DOMAINS.growth,
    },
  ],
  result: { kind: 'scalar' },
  compute: effectiveHeadcount,
  native: (v) => `${v.annual_budget}/(${v.cost_per_head}+${v.compute_per_head})*(1+${v.uplift})`,
  examples: [
    {
      formula: '=HC.EFFECTIVE_HEADCOUNT(10000000, 100000, 375000, 0.5)',
      args: [10000000, 100000, 375000, 0.5],
      expected: (10000000 / 475000) * 1.5,
      note: '21 assisted engineers who each do 50% more are worth 31.6 unassisted ones.',
    },
    {
      formula: '=HC.EFFECTIVE_HEADCOUNT(10000000, 100000, 375000, -1)',
      args: [10000000, 100000, 375000, -1],
      expected: { error: '#NUM!', message: 'uplift must be > -1' },
    },
  ],
};
