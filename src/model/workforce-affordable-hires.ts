import { HcError, never, Outcome } from './errors';
import { Algebra, HiringPlan, NUMBERS, runRateCost, totalCost } from './workforce-hires-closed-forms';

/** What the budget limits: the plan's total cost, or the annualised cost of its last month. */
export const CONSTRAINTS = ['total', 'run_rate'] as const;

/** The longest plan: 100 years of months keeps each answer to a bounded amount of work. */
export const MAX_MONTHS = 1200;

/** From this many hires a month a float no longer counts whole hires reliably: refuse rather than guess. */
export const MAX_HIRES_PER_MONTH = 1e15;

/** A plan within this many monthly hires over the budget still fits (float noise): the answer is ⌊hires + this⌋. */
export const HIRE_TOLERANCE = 1e-9;

/** Money in a message, to the cent. */
const money = (amount: number): string => amount.toFixed(2);

const overBudget = (cost: number, overspend: number): HcError =>
  never(`with no hires the plan costs ${money(cost)}, ${money(overspend)} over the budget`);

/**
 * Added before the cap check so that no subtraction there nears 0 relative to its operands: LibreOffice
 * rounds differences below 2^-48 of them to 0, HyperFormula those below 1e-13.
 */
const CAP_OFFSET = 1000;

/**
 * ⌊hires + tolerance⌋ when that lies in 0 … 10^15 − 1, else an error, with `hires` used once (a formula
 * has no variables): √z² is z for z ≥ 0 and an error below; with y' = y + 1000, K − √(K − y')² is y' for
 * y' ≤ K and an error above. Each square root squared is off by < 0.5 only, which INT's margin and
 * ROUND absorb; the offset keeps K − √(K − y')² from nearing 0.
 */
export function wholeHires<T>(alg: Algebra<T>, hires: T): T {
  const largest = alg.constant(MAX_HIRES_PER_MONTH - 1 + CAP_OFFSET);
  const offset = alg.constant(CAP_OFFSET);
  const square = (x: T) => alg.power(alg.sqrt(x), alg.constant(2));
  const whole = alg.int(square(alg.plus(hires, alg.constant(HIRE_TOLERANCE))));
  return alg.minus(alg.round(alg.minus(largest, square(alg.minus(largest, alg.plus(whole, offset))))), offset);
}

/**
 * The largest whole number of hires per month, the same every month, whose plan stays within the
 * budget. The plan is HEADCOUNT_PLAN without ramp (heads_k = heads_{k−1} × (1 − attrition ÷ 12) + hires)
 * costed as COST_PLAN (heads_k × what a head costs in month k): by default its total over `months`;
 * with constraint "run_rate", 12 × the cost of its last month.
 *
 * Heads, and so costs, are linear in the monthly hires h: cost(h) = cost(0) + h × (cost of hiring one a
 * month from an empty team), both in closed form ({@link totalCost}, {@link runRateCost}), so the
 * answer is ⌊(budget − cost(0)) ÷ slope⌋ with no search, in constant time whatever the months. The
 * share-safe copy computes the same closed forms as a native formula. `#N/A` names the shortfall when
 * even no hires overspend; `#NUM!` when a hire costs nothing over the plan (no largest number), the
 * answer reaches 10^15 hires a month, or a power over the plan overflows or underflows.
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

  const plan: HiringPlan<number> = {
    budget,
    startHeads,
    costPerHead,
    computePerHead,
    usageGrowth,
    months,
    annualAttrition,
    priceChange,
    salaryGrowth,
  };
  const { withoutHires, perMonthlyHire, hires } = (mode === 'total' ? totalCost : runRateCost)(NUMBERS, plan);
  const overspend = withoutHires - budget;
  if (perMonthlyHire === 0) {
    if (overspend > 0) return overBudget(withoutHires, overspend);
    return new HcError('#NUM!', 'a hire costs nothing over the plan, so any number of hires fits the budget');
  }
  // As in the native formula, a power over the plan that overflows or underflows (compute falling
  // 99.99999% a year for a century, say) leaves no number.
  if (Number.isNaN(hires))
    return new HcError(
      '#NUM!',
      "the plan's cost is not a finite number: a power over the months overflows or underflows",
    );
  if (hires + HIRE_TOLERANCE < 0) return overBudget(withoutHires, overspend);
  const whole = wholeHires(NUMBERS, hires);
  if (Number.isNaN(whole)) return new HcError('#NUM!', 'the budget allows more than 1e15 hires a month');
  return whole;
}
