import { optimalMix } from '../../model/mix';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const OPTIMAL_MIX: FunctionSpec = {
  id: 'OPTIMAL_MIX',
  description:
    "Heads and compute that maximise output A·L^α·K^β within the budget: one row of [heads, compute budget, compute per head]. Compute's share of spend is β ÷ (α + β) whatever tokens cost.",
  params: [
    { ...PARAMS.annualBudget, kind: 'single' },
    { ...PARAMS.costPerHead, kind: 'single' },
    {
      name: 'labor_exponent',
      description: 'α: output elasticity of people (> 0).',
      kind: 'single',
      domain: DOMAINS.exponent,
    },
    {
      name: 'compute_exponent',
      description: 'β: output elasticity of compute (> 0).',
      kind: 'single',
      domain: DOMAINS.exponent,
    },
  ],
  result: { kind: 'row', labels: ['heads', 'compute budget', 'compute per head'] },
  compute: optimalMix,
  native: (v, column) => {
    const exponents = `(${v.labor_exponent}+${v.compute_exponent})`;
    return [
      `${v.labor_exponent}/${exponents}*${v.annual_budget}/${v.cost_per_head}`,
      `IF(${v.cost_per_head}=0,1/0,${v.compute_exponent}/${exponents}*${v.annual_budget})`,
      `IF(${v.cost_per_head}=0,1/0,${v.compute_exponent}/${v.labor_exponent}*${v.cost_per_head})`,
    ][column];
  },
  examples: [
    {
      formula: '=HC.OPTIMAL_MIX(10000000, 500000, 0.7, 0.3)',
      args: [10000000, 500000, 0.7, 0.3],
      expected: [[14, 3000000, (0.3 / 0.7) * 500000]],
      note: 'With α = 0.7 and β = 0.3, 30% of the budget goes to compute: 14 heads with $214k of compute each.',
    },
    {
      formula: '=HC.OPTIMAL_MIX(A1:A2, 500000, 0.7, 0.3)',
      args: [[[10000000], [20000000]], 500000, 0.7, 0.3],
      expected: [
        [
          { error: '#VALUE!', message: 'annual_budget must be a single value' },
          { error: '#VALUE!', message: 'annual_budget must be a single value' },
          { error: '#VALUE!', message: 'annual_budget must be a single value' },
        ],
      ],
    },
  ],
};
