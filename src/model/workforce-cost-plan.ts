import { HcError, Outcome } from './errors';
import { computeSpend } from './runrate';
import { MONTHS_PER_YEAR } from './units';

/** What one head costs in each month of a plan (index 0 = month 1). */
export interface CostPerHead {
  /** cost_per_head ÷ 12 × (1 + salary_growth)^INT((k − 1) ÷ 12): raises step once a year. */
  pay: number[];
  /** computeSpend(k) − computeSpend(k − 1): the exact spend of month k under COMPUTE_SPEND's growth. */
  compute: number[];
}

/**
 * What one head costs in each of the first `months` months. Compute is the exact spend of each month,
 * so the months of a constant team sum to its COMPUTE_SPEND over the plan.
 *
 * @example costPerHeadByMonth(13, 120000, 12000, 0, 0, 0.05).pay[12] // 10500
 * @example costPerHeadByMonth(12, 0, 100000, 1).compute[0] // 8578.71…
 */
export function costPerHeadByMonth(
  months: number,
  costPerHead: number,
  computePerHead: number,
  usageGrowth: number,
  priceChange = 0,
  salaryGrowth = 0,
): CostPerHead {
  const pay: number[] = new Array(months);
  const compute: number[] = new Array(months);
  let spentBefore = 0;
  for (let month = 1; month <= months; month++) {
    pay[month - 1] = (costPerHead / MONTHS_PER_YEAR) * (1 + salaryGrowth) ** Math.floor((month - 1) / MONTHS_PER_YEAR);
    const spentBy = computeSpend(computePerHead, usageGrowth, month, priceChange);
    compute[month - 1] = spentBy - spentBefore;
    spentBefore = spentBy;
  }
  return { pay, compute };
}

/**
 * Money spent in each month on that month's heads (month-end heads, month 1 first), one row per month:
 * [people cost, compute cost, total, compute share of total].
 * - people = heads × pay of {@link costPerHeadByMonth}, plus one_time_per_hire × the heads added that
 *   month: the month's hires when the plan's `hires` are given (so month 1 and hires replacing leavers
 *   are charged), else the rise of heads over the month before, max(0, heads_k − heads_{k−1}), which
 *   month 1 does not have;
 * - compute = heads × the exact compute spend of that month per head;
 * - the share is `#DIV/0!` in a month that costs nothing (no heads).
 *
 * @example costPlan([10, 12, 12], 120000, 24000, 0, 0, 0, 5000)[1] // [130000, 24000, 154000, 0.155844…]
 * @example costPlan([12, 13.9], 120000, 0, 0, 0, 0, 5000, [2, 2])[1] // [149000, 0, 149000, 0]
 */
export function costPlan(
  heads: readonly number[],
  costPerHead: number,
  computePerHead: number,
  usageGrowth: number,
  priceChange = 0,
  salaryGrowth = 0,
  oneTimePerHire = 0,
  hires: readonly number[] = [],
): Outcome<number>[][] {
  if (hires.length > 0 && hires.length !== heads.length) {
    const mismatch = new HcError('#VALUE!', `hires has ${hires.length} rows, heads has ${heads.length}`);
    return [[mismatch, mismatch, mismatch, mismatch]];
  }
  const perHead = costPerHeadByMonth(heads.length, costPerHead, computePerHead, usageGrowth, priceChange, salaryGrowth);
  return heads.map((count, index) => {
    const added = hires.length > 0 ? hires[index] : index === 0 ? 0 : Math.max(0, count - heads[index - 1]);
    const people = count * perHead.pay[index] + oneTimePerHire * added;
    const compute = count * perHead.compute[index];
    const total = people + compute;
    const share = total === 0 ? new HcError('#DIV/0!', `total cost of month ${index + 1} is 0`) : compute / total;
    return [people, compute, total, share];
  });
}
