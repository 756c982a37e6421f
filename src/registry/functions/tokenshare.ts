import { tokenShare } from '../../model/compensation';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const TOKENSHARE: FunctionSpec = {
  id: 'TOKENSHARE',
  description: "The employee's view: the share of the whole package (salary, bonus, equity, compute) that is compute.",
  params: [PARAMS.computePerHead, PARAMS.salary, PARAMS.bonus, PARAMS.equity],
  result: { kind: 'scalar' },
  compute: tokenShare,
  native: (v) => `${v.compute_per_head}/(${v.salary}+${v.bonus}+${v.equity}+${v.compute_per_head})`,
  examples: [
    {
      formula: '=HC.TOKENSHARE(100000, 375000)',
      args: [100000, 375000],
      expected: 100000 / 475000,
      note: 'A $375,000 engineer with $100,000 of tokens: one in five compensation dollars is compute.',
    },
    {
      formula: '=HC.TOKENSHARE(125000, 250000)',
      args: [125000, 250000],
      expected: 1 / 3,
      note: 'Tokens worth half of salary.',
    },
    {
      formula: '=HC.TOKENSHARE(100000, 375000, 50000, 75000)',
      args: [100000, 375000, 50000, 75000],
      expected: 100000 / 600000,
      note: 'Counting bonus and vesting equity, the compute share falls to one in six.',
    },
    {
      formula: '=HC.TOKENSHARE(A1:A3, 375000)',
      args: [[[0], [100000], [375000]], 375000],
      expected: [[0], [100000 / 475000], [0.5]],
      note: 'A range spills one result per cell.',
    },
    {
      formula: '=HC.TOKENSHARE(-1, 375000)',
      args: [-1, 375000],
      expected: { error: '#NUM!', message: 'compute_per_head must be ≥ 0' },
    },
    {
      formula: '=HC.TOKENSHARE("abc", 375000)',
      args: ['abc', 375000],
      expected: { error: '#VALUE!', message: 'compute_per_head must be a number' },
    },
  ],
};
