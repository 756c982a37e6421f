import { costPlan } from '../../model/workforce-cost-plan';
import { DOMAINS } from '../domain';
import type { ExpectedCell, FunctionSpec } from '../types';
import { COMPUTE_SPEND } from './compute-spend';
import { PARAMS } from './params';

/**
 * 50 heads for 36 months at $180k, $20k of compute tripling a year, raises of 4% a year, from the
 * definitions: people = 50 × 15000 × 1.04^INT((k − 1) ÷ 12); compute = 50 × 20000 × (3^(k/12) − 3^((k−1)/12)) ÷ ln 3.
 */
function growingTeamPlan(): ExpectedCell[][] {
  return Array.from({ length: 36 }, (_, index) => {
    const month = index + 1;
    const people = 50 * 15000 * 1.04 ** Math.floor(index / 12);
    const compute = (50 * 20000 * (3 ** (month / 12) - 3 ** (index / 12))) / Math.log(3);
    return [people, compute, people + compute, compute / (people + compute)];
  });
}

export const COST_PLAN: FunctionSpec = {
  id: 'COST_PLAN',
  description:
    'Monthly people and compute cost of a headcount plan: one row per month of heads, [people cost, compute cost, total, compute share of total]. Compute is the exact spend of each month as COMPUTE_SPEND grows it, so the months add up to the plan’s spend.',
  params: [
    {
      name: 'heads',
      description:
        'Heads at each month end, one row per month, month 1 first (e.g. the first column of HC.HEADCOUNT_PLAN).',
      kind: 'column',
      domain: DOMAINS.count,
    },
    { ...PARAMS.costPerHead, kind: 'single' },
    {
      ...PARAMS.computePerHead,
      description: "Today's annual AI compute spend per engineer ($ a year).",
      kind: 'single',
    },
    { ...PARAMS.usageGrowth, kind: 'single' },
    { ...PARAMS.priceChange, kind: 'single' },
    {
      ...PARAMS.salaryGrowth,
      description: 'Growth of cost_per_head per year, stepping once a year (month 13, 25, …). Default 0.',
      kind: 'single',
    },
    {
      name: 'one_time_per_hire',
      description:
        'One-time cost per head added (recruiting, onboarding, equipment): charged on `hires` when given, else on the rise of heads over the previous month (month 1 has none). Default 0.',
      kind: 'single',
      default: 0,
      domain: DOMAINS.money,
    },
    {
      name: 'hires',
      description:
        'Hires each month, one row per month like heads (e.g. the hires given to HC.HEADCOUNT_PLAN): one_time_per_hire is then charged on them, month 1 and hires replacing leavers included. Omitted: charged on the rise of heads.',
      kind: 'column',
      default: '',
      domain: DOMAINS.count,
    },
  ],
  result: { kind: 'table', rowsFrom: 'heads', labels: ['people cost', 'compute cost', 'total', 'compute share'] },
  compute: costPlan,
  // Month k from its definition: pay steps once a year; compute is COMPUTE_SPEND to month k minus to
  // month k − 1 (its own native form), so the months add up to the plan's spend.
  native: (v, column, table) => {
    const { month, series } = table!;
    const heads = series.heads[month - 1];
    const spend = (months: number) => `(${COMPUTE_SPEND.native!({ ...v, months: String(months) }, 0)})`;
    const pay = `((${v.cost_per_head}/12)*POWER(1+${v.salary_growth},${Math.floor((month - 1) / 12)}))`;
    const { hires } = series;
    // Any error stands for the runner's #VALUE!: hires of another length than heads.
    if (hires && hires.length !== series.heads.length) return '(1/0)';
    const added = hires
      ? `+${v.one_time_per_hire}*${hires[month - 1]}`
      : month === 1
        ? ''
        : `+${v.one_time_per_hire}*MAX(0,${heads}-${series.heads[month - 2]})`;
    const people = `(${heads}*${pay}${added})`;
    const compute = month === 1 ? `(${heads}*${spend(1)})` : `(${heads}*(${spend(month)}-${spend(month - 1)}))`;
    const total = `(${people}+${compute})`;
    return [people, compute, total, `IF(${total}=0,1/0,${compute}/${total})`][column];
  },
  examples: [
    {
      formula: '=HC.COST_PLAN({10;12;12}, 120000, 24000, 0, 0, 0, 5000)',
      args: [[[10], [12], [12]], 120000, 24000, 0, 0, 0, 5000],
      expected: [
        [10 * 10000, 10 * 2000, 120000, 20000 / 120000],
        [12 * 10000 + 2 * 5000, 12 * 2000, 154000, 24000 / 154000],
        [12 * 10000, 12 * 2000, 144000, 24000 / 144000],
      ],
      note: 'Flat compute: $2k a head a month; the 2 heads added in month 2 cost $5k each once.',
    },
    {
      formula: '=HC.COST_PLAN(SEQUENCE(36,1,50,0), 180000, 20000, 2, 0, 0.04)',
      args: [Array.from({ length: 36 }, () => [50]), 180000, 20000, 2, 0, 0.04],
      expected: growingTeamPlan(),
      note: '50 engineers, compute per head tripling a year: compute passes people cost in month 26.',
    },
    {
      formula: '=HC.COST_PLAN({12;13.9}, 120000, 24000, 0, 0, 0, 5000, {2;2})',
      args: [[[12], [13.9]], 120000, 24000, 0, 0, 0, 5000, [[2], [2]]],
      expected: [
        [12 * 10000 + 2 * 5000, 12 * 2000, 154000, 24000 / 154000],
        [13.9 * 10000 + 2 * 5000, 13.9 * 2000, 176800, 27800 / 176800],
      ],
      note: 'Given the hires, each one costs $5k: those of month 1 and those replacing leavers (heads rise by only 1.9 in month 2).',
    },
    {
      formula: '=HC.COST_PLAN({10;12}, 120000, 24000, 0, 0, 0, 5000, {2;2;2})',
      args: [[[10], [12]], 120000, 24000, 0, 0, 0, 5000, [[2], [2], [2]]],
      expected: [
        Array.from({ length: 4 }, () => ({ error: '#VALUE!' as const, message: 'hires has 3 rows, heads has 2' })),
      ],
    },
    {
      formula: '=HC.COST_PLAN({10;0}, 120000, 24000, 0)',
      args: [[[10], [0]], 120000, 24000, 0],
      expected: [
        [100000, 20000, 120000, 1 / 6],
        [0, 0, 0, { error: '#DIV/0!', message: 'total cost of month 2 is 0' }],
      ],
      note: 'A month without heads costs nothing, and has no compute share.',
    },
    {
      formula: '=HC.COST_PLAN({10;12}, 120000, 24000, -1)',
      args: [[[10], [12]], 120000, 24000, -1],
      expected: [Array.from({ length: 4 }, () => ({ error: '#NUM!' as const, message: 'usage_growth must be > -1' }))],
    },
  ],
};
