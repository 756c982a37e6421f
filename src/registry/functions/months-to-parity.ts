import { monthsToParity } from '../../model/parity';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const MONTHS_TO_PARITY: FunctionSpec = {
  id: 'MONTHS_TO_PARITY',
  description:
    'Months until compute per head reaches salary, compounding smoothly (fractional; CEILING gives the first whole month). #N/A when it never does.',
  params: [PARAMS.computePerHead, PARAMS.salary, PARAMS.usageGrowth, PARAMS.priceChange, PARAMS.salaryGrowth],
  result: { kind: 'scalar' },
  compute: monthsToParity,
  native: (v) => {
    const relativeGrowth = `LN((1+${v.usage_growth})*(1+${v.price_change})/(1+${v.salary_growth}))`;
    const months = `12*LN(${v.salary}/${v.compute_per_head})/${relativeGrowth}`;
    return `IF(${v.compute_per_head}>=${v.salary},0,IF(${v.compute_per_head}=0,NA(),IF(${relativeGrowth}<=0,NA(),${months})))`;
  },
  examples: [
    {
      formula: '=HC.MONTHS_TO_PARITY(125000, 250000, 1)',
      args: [125000, 250000, 1],
      expected: 12,
      note: 'Tokens worth half of salary, usage doubling a year: parity in a year.',
    },
    {
      formula: '=HC.MONTHS_TO_PARITY(300000, 250000, 1)',
      args: [300000, 250000, 1],
      expected: 0,
      note: 'Usage already above salary.',
    },
    {
      formula: '=HC.MONTHS_TO_PARITY(100000, 375000, 0.5, 0, 0.03)',
      args: [100000, 375000, 0.5, 0, 0.03],
      expected: (12 * Math.log(3.75)) / Math.log(1.5 / 1.03),
    },
    {
      formula: '=HC.MONTHS_TO_PARITY(100000, 375000, 0.03, 0, 0.05)',
      args: [100000, 375000, 0.03, 0, 0.05],
      expected: { error: '#N/A', message: 'never: compute does not grow faster than salary' },
    },
  ],
};
