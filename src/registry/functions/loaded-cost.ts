import { loadedCost } from '../../model/compensation';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const LOADED_COST: FunctionSpec = {
  id: 'LOADED_COST',
  description:
    "The employer's annual cost of one engineer, without compute: (salary + bonus) × (1 + load_rate) + equity + other_per_head.",
  params: [
    PARAMS.salary,
    {
      name: 'load_rate',
      description: 'Payroll taxes and benefits as a share of cash pay (0.3 = 30%). Default 0.',
      default: 0,
      domain: DOMAINS.rate,
    },
    PARAMS.bonus,
    PARAMS.equity,
    {
      name: 'other_per_head',
      description: 'Other annual cost per engineer: equipment, seats, space. Default 0.',
      default: 0,
      domain: DOMAINS.money,
    },
  ],
  result: { kind: 'scalar' },
  compute: loadedCost,
  native: (v) => `(${v.salary}+${v.bonus})*(1+${v.load_rate})+${v.equity}+${v.other_per_head}`,
  examples: [
    { formula: '=HC.LOADED_COST(375000, 0.3)', args: [375000, 0.3], expected: 487500 },
    {
      formula: '=HC.LOADED_COST(200000, 0.25, 20000, 50000, 10000)',
      args: [200000, 0.25, 20000, 50000, 10000],
      expected: 335000,
      note: 'Load applies to cash pay (salary and bonus), not to equity or other costs.',
    },
    {
      formula: '=HC.LOADED_COST(375000, -0.1)',
      args: [375000, -0.1],
      expected: { error: '#NUM!', message: 'load_rate must be ≥ 0' },
    },
  ],
};
