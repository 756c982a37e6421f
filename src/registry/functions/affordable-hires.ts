import { affordableHires, MAX_MONTHS, wholeHires } from '../../model/workforce-affordable-hires';
import { Algebra, HiringPlan, runRateCost, totalCost } from '../../model/workforce-hires-closed-forms';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

/** Whether a formula's text needs parentheses to be an operand: an operator outside parentheses and quotes. */
function isCompound(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const [index, char] of [...text].entries()) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (depth === 0 && index > 0 && '+-*/^&=<>'.includes(char)) return true;
    else if (depth === 0 && index === 0 && char === '-') return true;
  }
  return false;
}

const operand = (text: string) => (isCompound(text) ? `(${text})` : text);

/**
 * The closed forms written as native formula text: the same steps the model takes on numbers. Every
 * compound operand is parenthesised, so the text computes in the model's order whatever the precedence;
 * function arguments need none.
 */
const FORMULA: Algebra<string> = {
  constant: String,
  plus: (a, b) => `${operand(a)}+${operand(b)}`,
  minus: (a, b) => `${operand(a)}-${operand(b)}`,
  times: (a, b) => `${operand(a)}*${operand(b)}`,
  over: (a, b) => `${operand(a)}/${operand(b)}`,
  negate: (a) => `-${operand(a)}`,
  power: (base, exponent) => `POWER(${base},${exponent})`,
  ln: (x) => `LN(${x})`,
  sqrt: (x) => `SQRT(${x})`,
  int: (x) => `INT(${x})`,
  round: (x) => `ROUND(${x},0)`,
  mod: (x, divisor) => `MOD(${x},${divisor})`,
  futureValue: (rate, periods, payment, present) => `FV(${rate},${periods},${payment},${present})`,
  abs: (x) => `ABS(${x})`,
  ifLess: (a, b, then, otherwise) => `IF(${a}<${b},${then()},${otherwise()})`,
};

export const AFFORDABLE_HIRES: FunctionSpec = {
  id: 'AFFORDABLE_HIRES',
  description:
    'The largest whole number of hires per month whose plan (HEADCOUNT_PLAN without ramp, costed as COST_PLAN) stays within the budget: its total over the months, or with "run_rate" 12 × its last month. #N/A names the shortfall when even no hires overspend.',
  params: [
    {
      name: 'budget',
      description:
        'Budget for people and compute: the total over the months, or a year’s cost with constraint "run_rate".',
      domain: DOMAINS.money,
    },
    { name: 'start_heads', description: 'Heads at the start of month 1.', domain: DOMAINS.count },
    PARAMS.costPerHead,
    { ...PARAMS.computePerHead, description: "Today's annual AI compute spend per engineer ($ a year)." },
    PARAMS.usageGrowth,
    {
      name: 'months',
      description: `Length of the plan in months, a whole number from 1 to ${MAX_MONTHS}.`,
      domain: { min: 1, max: MAX_MONTHS, integer: true },
    },
    {
      name: 'annual_attrition',
      description: 'Share of heads leaving per year (0.1 = 10%), applied as ÷ 12 a month. Default 0.',
      default: 0,
      domain: DOMAINS.share,
    },
    PARAMS.priceChange,
    { ...PARAMS.salaryGrowth, description: 'Growth of cost_per_head per year, stepping once a year. Default 0.' },
    {
      name: 'constraint',
      description:
        'What the budget limits: "total" (the plan’s spend over the months, default) or "run_rate" (12 × the last month’s cost).',
      type: 'text',
      default: 'total',
    },
  ],
  result: { kind: 'scalar' },
  compute: affordableHires,
  // The model's closed forms, written as a formula (the constraint picks which); the guard has
  // checked every number, this checks the constraint's text (TRIM and = ignore case, as the model).
  native: (v) => {
    const plan: HiringPlan<string> = {
      budget: operand(v.budget),
      startHeads: operand(v.start_heads),
      costPerHead: operand(v.cost_per_head),
      computePerHead: operand(v.compute_per_head),
      usageGrowth: operand(v.usage_growth),
      months: operand(v.months),
      annualAttrition: operand(v.annual_attrition),
      priceChange: operand(v.price_change),
      salaryGrowth: operand(v.salary_growth),
    };
    const constraint = `TRIM(${v.constraint})`;
    const hires = `IF(${constraint}="run_rate",${runRateCost(FORMULA, plan).hires},IF(${constraint}="total",${totalCost(FORMULA, plan).hires},NA()))`;
    return wholeHires(FORMULA, hires);
  },
  examples: [
    {
      formula: '=HC.AFFORDABLE_HIRES(5000000, 10, 120000, 0, 0, 12)',
      args: [5000000, 10, 120000, 0, 0, 12],
      expected: Math.floor((5000000 - 10 * 10000 * 12) / (10000 * 78)),
      note: 'A team of 10 at $10k a month costs $1.2M a year; each monthly hire adds 1 + 2 + … + 12 = 78 head-months, $780k: 4 fit.',
    },
    {
      formula: '=HC.AFFORDABLE_HIRES({3000000;5000000;8000000}, 10, 120000, 0, 0, 12)',
      args: [[[3000000], [5000000], [8000000]], 10, 120000, 0, 0, 12],
      expected: [[2], [4], [8]],
      note: 'Element-wise: one answer per budget.',
    },
    {
      formula: '=HC.AFFORDABLE_HIRES(40000000, 20, 180000, {0;20000;80000}, 1, 36, 0.1)',
      args: [40000000, 20, 180000, [[0], [20000], [80000]], 1, 36, 0.1],
      expected: [[3], [2], [0]],
      note: '$40M over 3 years for a team of 20 with 10% attrition: $20k of compute a head, doubling a year, costs one hire a month; $80k costs them all.',
    },
    {
      formula: '=HC.AFFORDABLE_HIRES(4000000, 10, 120000, 24000, 0, 12, 0, 0, 0, "run_rate")',
      args: [4000000, 10, 120000, 24000, 0, 12, 0, 0, 0, 'run_rate'],
      expected: Math.floor((4000000 / 144000 - 10) / 12),
      note: 'A $4M annual run-rate at $144k a head allows 27.8 heads in month 12: 10 + 12 × 1.',
    },
    {
      formula: '=HC.AFFORDABLE_HIRES(1000000, 10, 120000, 0, 0, 12)',
      args: [1000000, 10, 120000, 0, 0, 12],
      expected: { error: '#N/A', message: 'never: with no hires the plan costs 1200000.00, 200000.00 over the budget' },
    },
    {
      formula: '=HC.AFFORDABLE_HIRES(5000000, 10, 120000, 0, 0, 12, 0, 0, 0, "annual")',
      args: [5000000, 10, 120000, 0, 0, 12, 0, 0, 0, 'annual'],
      expected: { error: '#VALUE!', message: 'constraint must be "total" or "run_rate"' },
    },
    {
      formula: '=HC.AFFORDABLE_HIRES(5000000, 10, 120000, 0, 0, 0)',
      args: [5000000, 10, 120000, 0, 0, 0],
      expected: { error: '#NUM!', message: `months must be a whole number between 1 and ${MAX_MONTHS}` },
    },
  ],
};
