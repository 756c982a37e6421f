import { headcountPlan } from '../../model/workforce-headcount-plan';
import { DOMAINS } from '../domain';
import type { ExpectedCell, FunctionSpec } from '../types';

/**
 * 36 months of 2 hires, 10% attrition, 3-month ramp, by closed form: with r = 1 − 0.1 ÷ 12, the team
 * past its ramp is 10·r^k + 2·r·(1 − r^(k−3)) ÷ (1 − r) (each cohort decays from its 4th month); the
 * last three cohorts are whole and count 1/3, 2/3 and 1 of a productive head.
 */
function rampedPlan(): ExpectedCell[][] {
  const r = 1 - 0.1 / 12;
  const rampProductive = [2 / 3, 2, 4];
  return Array.from({ length: 36 }, (_, index) => {
    const month = index + 1;
    const ramping = Math.min(month, 3);
    const pastRamp = 10 * r ** month + (2 * r * (1 - r ** Math.max(0, month - 3))) / (1 - r);
    return [pastRamp + 2 * ramping, pastRamp + rampProductive[ramping - 1]];
  });
}

export const HEADCOUNT_PLAN: FunctionSpec = {
  id: 'HEADCOUNT_PLAN',
  description:
    'Month-by-month headcount with hires, attrition and ramp-up: one row per month of hires, [heads at month end, productive heads]. Attrition applies monthly (annual ÷ 12) to heads past their ramp; hires join on the 1st and do not leave during ramp.',
  params: [
    {
      name: 'start_heads',
      description: 'Heads at the start of month 1, fully productive.',
      kind: 'single',
      domain: DOMAINS.count,
    },
    {
      name: 'hires',
      description:
        'Hires each month, one row per month, month 1 first (SEQUENCE(36,1,2,0) for 2 a month for 36 months).',
      kind: 'column',
      domain: DOMAINS.count,
    },
    {
      name: 'annual_attrition',
      description: 'Share of heads leaving per year (0.1 = 10%), applied as annual_attrition ÷ 12 a month.',
      kind: 'single',
      domain: DOMAINS.share,
    },
    {
      name: 'ramp_months',
      description:
        'Months a hire takes to be fully productive: a hire of month j counts MIN(1, (k − j + 1) ÷ ramp_months) in month k. Default 0 (productive at once).',
      kind: 'single',
      default: 0,
      domain: DOMAINS.duration,
    },
  ],
  result: { kind: 'table', rowsFrom: 'hires', labels: ['heads', 'productive heads'] },
  compute: headcountPlan,
  // Closed form per month k, cohort by cohort: a hire of month j is whole while protected (the first
  // MAX(1, ROUNDUP(ramp)) months), then decays by (1 − attrition ÷ 12) a month; productive heads weigh
  // each cohort by MIN(1, tenure ÷ ramp). The opening team decays from month 1.
  native: (v, column, table) => {
    const { month, series } = table!;
    const keep = `(1-${v.annual_attrition}/12)`;
    const protectedMonths = `MAX(1,ROUNDUP(${v.ramp_months},0))`;
    const terms = [`${v.start_heads}*POWER(${keep},${month})`];
    series.hires.slice(0, month).forEach((hires, index) => {
      const tenure = month - index;
      const heads = tenure === 1 ? hires : `${hires}*POWER(${keep},MAX(0,${tenure}-${protectedMonths}))`;
      // MIN(1, tenure ÷ ramp): a ramp up to 1 month counts whole from month 1 (and 0 never divides).
      const ramp = `MIN(1,${tenure}/MAX(${v.ramp_months},1))`;
      terms.push(column === 0 ? heads : `${heads}*${ramp}`);
    });
    return terms.join('+');
  },
  examples: [
    {
      formula: '=HC.HEADCOUNT_PLAN(100, {5;5;5}, 0.12)',
      args: [100, [[5], [5], [5]], 0.12],
      expected: [
        [100 * 0.99 + 5, 100 * 0.99 + 5],
        [104 * 0.99 + 5, 104 * 0.99 + 5],
        [107.96 * 0.99 + 5, 107.96 * 0.99 + 5],
      ],
      note: 'No ramp: each month keeps 99% of the team (12% a year) and adds 5; everyone is productive.',
    },
    {
      formula: '=HC.HEADCOUNT_PLAN(10, SEQUENCE(36,1,2,0), 0.1, 3)',
      args: [10, Array.from({ length: 36 }, () => [2]), 0.1, 3],
      expected: rampedPlan(),
      note: '2 hires a month for 3 years, 10% attrition, 3-month ramp: 10 heads become 70.8, of whom 2 heads-worth are still ramping.',
    },
    {
      formula: '=HC.HEADCOUNT_PLAN(10, {3;3;3}, 0, 3)',
      args: [10, [[3], [3], [3]], 0, 3],
      expected: [
        [13, 10 + 1],
        [16, 10 + 1 + 2],
        [19, 10 + 1 + 2 + 3],
      ],
      note: 'Each month’s 3 hires add 1 productive head in their first month, 2 in the second, 3 from the third.',
    },
    {
      formula: '=HC.HEADCOUNT_PLAN(10, {2;2}, 10)',
      args: [10, [[2], [2]], 10],
      expected: [
        [
          { error: '#NUM!', message: 'annual_attrition must be between 0 and 1' },
          { error: '#NUM!', message: 'annual_attrition must be between 0 and 1' },
        ],
      ],
      note: 'Attrition is a share: 10% is 0.1.',
    },
    {
      formula: '=HC.HEADCOUNT_PLAN(10, {2,2,2}, 0.1)',
      args: [10, [[2, 2, 2]], 0.1],
      expected: [
        [
          { error: '#VALUE!', message: 'hires must be a single column' },
          { error: '#VALUE!', message: 'hires must be a single column' },
        ],
      ],
      note: 'The hiring plan runs down a column, one row per month.',
    },
  ],
};
