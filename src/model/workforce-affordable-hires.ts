import { HcError, never, Outcome } from './errors';
import { MONTHS_PER_YEAR } from './units';
import { costPerHeadByMonth } from './workforce-cost-plan';
import { headcountPlan } from './workforce-headcount-plan';

/** What the budget limits: the plan's total cost, or the annualised cost of its last month. */
export const CONSTRAINTS = ['total', 'run_rate'] as const;

/** The longest plan: 100 years of months keeps each answer to a bounded amount of work. */
export const MAX_MONTHS = 1200;

/** Above this many hires a month a float no longer counts whole hires reliably: refuse rather than guess. */
export const MAX_HIRES_PER_MONTH = 1e15;

/** A plan within this fraction of one more monthly hire's cost over the budget still fits (float noise). */
const HIRE_TOLERANCE = 1e-9;

/** Money in a message, to the cent. */
const money = (amount: number): string => amount.toFixed(2);

/** The cost the constraint limits, for month-end heads and what a head costs each month. */
function constrainedCost(
  heads: readonly number[],
  perHead: readonly number[],
  constraint: (typeof CONSTRAINTS)[number],
): number {
  if (constraint === 'run_rate') return MONTHS_PER_YEAR * heads[heads.length - 1] * perHead[perHead.length - 1];
  return heads.reduce((sum, count, index) => sum + count * perHead[index], 0);
}

const overBudget = (cost: number, overspend: number): HcError =>
  never(`with no hires the plan costs ${money(cost)}, ${money(overspend)} over the budget`);

/**
 * The largest whole number of hires per month, the same every month, whose plan stays within the
 * budget. The plan is HEADCOUNT_PLAN without ramp (heads_k = heads_{k−1} × (1 − attrition ÷ 12) + hires)
 * costed as COST_PLAN (heads_k × what a head costs in month k): by default its total over `months`;
 * with constraint "run_rate", 12 × the cost of its last month.
 *
 * Heads, and so costs, are linear in the monthly hires h: cost(h) = cost(0) + h × (cost of hiring one a
 * month from an empty team). So the answer is closed-form, ⌊(budget − cost(0)) ÷ slope⌋, in O(months)
 * with no search. `#N/A` names the shortfall when even no hires overspend; `#NUM!` when a hire costs
 * nothing over the plan (no largest number) or the answer exceeds 10^15 hires a month.
 *
 * @example affordableHires(5_000_000, 10, 120000, 0, 0, 12) // 4
 * @example affordableHires(4_000_000, 10, 120000, 24000, 0, 12, 0, 0, 0, 'run_rate') // 1
 */
export function affordableHires(
  budget: number,
  startHeads: number,
  costPerHead: number,
  computePerHead: number,
  usageGrowth: number,
  months: number,
  annualAttrition = 0,
  priceChange = 0,
  salaryGrowth = 0,
  constraint = 'total',
): Outcome {
  const mode = CONSTRAINTS.find((name) => name === constraint.trim().toLowerCase());
  if (!mode) return new HcError('#VALUE!', `constraint must be ${CONSTRAINTS.map((name) => `"${name}"`).join(' or ')}`);

  const heads = (start: number, hires: number) =>
    headcountPlan(start, new Array<number>(months).fill(hires), annualAttrition).map(([count]) => count);
  const { pay, compute } = costPerHeadByMonth(
    months,
    costPerHead,
    computePerHead,
    usageGrowth,
    priceChange,
    salaryGrowth,
  );
  const perHead = pay.map((amount, index) => amount + compute[index]);
  const withoutHires = constrainedCost(heads(startHeads, 0), perHead, mode);
  const perMonthlyHire = constrainedCost(heads(0, 1), perHead, mode);
  if (!Number.isFinite(withoutHires) || !Number.isFinite(perMonthlyHire)) {
    return new HcError('#NUM!', "the plan's cost is not a finite number");
  }

  const overspend = withoutHires - budget;
  if (perMonthlyHire === 0) {
    if (overspend > 0) return overBudget(withoutHires, overspend);
    return new HcError('#NUM!', 'a hire costs nothing over the plan, so any number of hires fits the budget');
  }
  const hires = -overspend / perMonthlyHire;
  if (hires < -HIRE_TOLERANCE) {
    return overBudget(withoutHires, overspend);
  }
  if (hires >= MAX_HIRES_PER_MONTH) return new HcError('#NUM!', 'the budget allows more than 1e15 hires a month');
  return Math.max(0, Math.floor(hires + HIRE_TOLERANCE));
}
