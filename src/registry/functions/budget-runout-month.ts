import { SERIES_BELOW } from '../../model/growth';
import { budgetRunoutMonth } from '../../model/runrate';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const BUDGET_RUNOUT_MONTH: FunctionSpec = {
  id: 'BUDGET_RUNOUT_MONTH',
  description:
    "Months until cumulative compute spend, starting at today's annualised run-rate and growing, uses up the budget. #N/A when it never does.",
  params: [
    { ...PARAMS.annualBudget, name: 'budget', description: 'The compute budget to spend (team or head).' },
    {
      ...PARAMS.computePerHead,
      name: 'annual_run_rate',
      description: "Today's annualised compute spend (team or head).",
    },
    PARAMS.usageGrowth,
    PARAMS.priceChange,
  ],
  result: { kind: 'scalar' },
  compute: budgetRunoutMonth,
  native: (v) => {
    const logGrowth = `LN((1+${v.usage_growth})*(1+${v.price_change}))`;
    const y = `(${v.budget}*${logGrowth}/${v.annual_run_rate})`;
    const series = `12*(${v.budget}/${v.annual_run_rate})*(1-${y}/2+(${y}*${y})/3-(${y}*${y}*${y})/4)`;
    const closed = `(12*LN(1+${y}))/${logGrowth}`;
    const runout = `IF(${y}<=-1,NA(),IF(ABS(${y})<${SERIES_BELOW},${series},${closed}))`;
    return `IF(${v.budget}=0,0,IF(${v.annual_run_rate}=0,NA(),${runout}))`;
  },
  examples: [
    {
      formula: '=HC.BUDGET_RUNOUT_MONTH(1000000, 1000000, 9)',
      args: [1000000, 1000000, 9],
      expected: (12 * Math.log(1 + Math.LN10)) / Math.LN10,
      note: "A year's budget is gone in about six months when usage grows 10× a year.",
    },
    {
      formula: '=HC.BUDGET_RUNOUT_MONTH(1000000, 100000, -0.5)',
      args: [1000000, 100000, -0.5],
      expected: { error: '#N/A', message: 'never: spend shrinks and converges below the budget' },
    },
  ],
};
