import { divisionByZero, Outcome } from './errors';

/**
 * The heads/compute split that maximises output A·L^α·K^β for budget = L·cost + K (Cobb–Douglas):
 * compute's share of spend is β ÷ (α + β) whatever tokens cost.
 * Returns [heads, compute budget, compute per head].
 *
 * @example optimalMix(10_000_000, 500000, 0.7, 0.3) // [14, 3000000, 214285.71…]
 */
export function optimalMix(
  annualBudget: number,
  costPerHead: number,
  laborExponent: number,
  computeExponent: number,
): Outcome<number[]> {
  if (costPerHead === 0) return divisionByZero('cost_per_head');
  const exponents = laborExponent + computeExponent;
  const heads = ((laborExponent / exponents) * annualBudget) / costPerHead;
  const computeBudget = (computeExponent / exponents) * annualBudget;
  return [heads, computeBudget, (computeExponent / laborExponent) * costPerHead];
}
