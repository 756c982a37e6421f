import { breakevenHeadcount } from '../../model/headcount';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const BREAKEVEN_HEADCOUNT: FunctionSpec = {
  id: 'BREAKEVEN_HEADCOUNT',
  description:
    'The headcount at which people plus compute spend equals the budget (not rounded): budget ÷ (cost per head + compute per head).',
  params: [PARAMS.annualBudget, PARAMS.computePerHead, PARAMS.costPerHead],
  result: { kind: 'scalar' },
  compute: breakevenHeadcount,
  native: (v) => `${v.annual_budget}/(${v.cost_per_head}+${v.compute_per_head})`,
  examples: [
    {
      formula: '=HC.BREAKEVEN_HEADCOUNT(10000000, 100000, 375000)',
      args: [10000000, 100000, 375000],
      expected: 10000000 / 475000,
      note: 'A $10M budget for $375k engineers with $100k of tokens each.',
    },
    {
      formula: '=HC.BREAKEVEN_HEADCOUNT(10000000, 100000, HC.LOADED_COST(375000, 0.3))',
      args: [10000000, 100000, 487500],
      expected: 10000000 / 587500,
      note: 'The same budget at the fully loaded cost.',
    },
    {
      formula: '=HC.BREAKEVEN_HEADCOUNT(10000000, 0, 0)',
      args: [10000000, 0, 0],
      expected: { error: '#DIV/0!', message: 'cost_per_head + compute_per_head is 0' },
    },
  ],
};
