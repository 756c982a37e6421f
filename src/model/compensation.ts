import { divisionByZero, Outcome } from './errors';

/**
 * The employee's view: the share of the whole package that is compute.
 *
 * compute ÷ (salary + bonus + equity + compute)
 *
 * @example tokenShare(100000, 375000) // 0.2105… — one in five compensation dollars
 */
export function tokenShare(computePerHead: number, salary: number, bonus = 0, equity = 0): Outcome {
  const total = salary + bonus + equity + computePerHead;
  return total === 0 ? divisionByZero('the whole package') : computePerHead / total;
}

/**
 * Compute as a multiple of salary (team compute ÷ cost per head = engineers' worth of compute).
 *
 * @example computeToSalary(125000, 250000) // 0.5 — tokens worth half of base salary
 */
export function computeToSalary(computePerHead: number, salary: number): Outcome {
  return salary === 0 ? divisionByZero('salary') : computePerHead / salary;
}

/**
 * The employer's annual cost of one engineer, without compute:
 * (salary + bonus) × (1 + load_rate) + equity + other_per_head.
 *
 * @example loadedCost(375000, 0.3) // 487500
 */
export function loadedCost(salary: number, loadRate = 0, bonus = 0, equity = 0, otherPerHead = 0): number {
  return (salary + bonus) * (1 + loadRate) + equity + otherPerHead;
}
