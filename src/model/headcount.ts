import { divisionByZero, Outcome } from './errors';

/**
 * The headcount at which people plus compute spend equals the budget (not rounded):
 * budget ÷ (cost_per_head + compute_per_head).
 *
 * @example breakevenHeadcount(10_000_000, 100000, 375000) // 21.05…
 */
export function breakevenHeadcount(annualBudget: number, computePerHead: number, costPerHead: number): Outcome {
  const perHead = costPerHead + computePerHead;
  return perHead === 0 ? divisionByZero('cost_per_head + compute_per_head') : annualBudget / perHead;
}

/**
 * The increase in output per engineer at which the compute pays for itself: compute ÷ cost.
 *
 * @example breakevenUplift(100000, 375000) // 0.2666…
 */
export function breakevenUplift(computePerHead: number, costPerHead: number): Outcome {
  return costPerHead === 0 ? divisionByZero('cost_per_head') : computePerHead / costPerHead;
}

/**
 * Output-equivalent (unassisted) engineers the budget buys:
 * budget ÷ (cost + compute) × (1 + uplift).
 *
 * @example effectiveHeadcount(10_000_000, 100000, 375000, 0.5) // 31.57…
 */
export function effectiveHeadcount(
  annualBudget: number,
  computePerHead: number,
  costPerHead: number,
  uplift: number,
): Outcome {
  const heads = breakevenHeadcount(annualBudget, computePerHead, costPerHead);
  return typeof heads === 'number' ? heads * (1 + uplift) : heads;
}
