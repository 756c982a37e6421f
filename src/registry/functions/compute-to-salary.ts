import { computeToSalary } from '../../model/compensation';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const COMPUTE_TO_SALARY: FunctionSpec = {
  id: 'COMPUTE_TO_SALARY',
  description:
    "Compute as a multiple of salary. With a team's compute and a cost per head: how many engineers' worth of compute.",
  params: [PARAMS.computePerHead, PARAMS.salary],
  result: { kind: 'scalar' },
  compute: computeToSalary,
  native: (v) => `${v.compute_per_head}/${v.salary}`,
  examples: [
    {
      formula: '=HC.COMPUTE_TO_SALARY(125000, 250000)',
      args: [125000, 250000],
      expected: 0.5,
      note: 'Tokens worth half of base salary.',
    },
    {
      formula: '=HC.COMPUTE_TO_SALARY(125000, 0)',
      args: [125000, 0],
      expected: { error: '#DIV/0!', message: 'salary is 0' },
    },
  ],
};
