import { spendVariance } from '../../model/variance';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';

const tokens = (name: string, description: string) =>
  ({ name, description, kind: 'single', domain: DOMAINS.count }) as const;
const price = (name: string, description: string) =>
  ({ name, description, kind: 'single', domain: DOMAINS.money }) as const;

export const SPEND_VARIANCE: FunctionSpec = {
  id: 'SPEND_VARIANCE',
  description:
    'Volume and price variance of token spend, one row of [volume variance, price variance]; they sum to actual minus plan spend.',
  params: [
    tokens('plan_tokens', 'Planned tokens for the period.'),
    price('plan_price', 'Planned price per million tokens.'),
    tokens('actual_tokens', 'Actual tokens used.'),
    price('actual_price', 'Actual price per million tokens.'),
  ],
  result: { kind: 'row', labels: ['volume variance', 'price variance'] },
  compute: spendVariance,
  native: (v, column) =>
    [
      `(${v.actual_tokens}-${v.plan_tokens})*${v.plan_price}/1000000`,
      `(${v.actual_price}-${v.plan_price})*${v.actual_tokens}/1000000`,
    ][column],
  examples: [
    {
      formula: '=HC.SPEND_VARIANCE(1000000000, 3, 1500000000, 2.5)',
      args: [1000000000, 3, 1500000000, 2.5],
      expected: [[1500, -750]],
      note: '50% more tokens cost $1,500 more; the price cut saved $750.',
    },
  ],
};
