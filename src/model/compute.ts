import { TOKENS_PER_PRICE_UNIT } from './units';
import { divisionByZero, Outcome } from './errors';

/**
 * Annual compute spend of one engineer: tokens/day × $ per million ÷ 10⁶ × days/year.
 *
 * @example computePerHead(10_000_000, 10) // 23000 (230 working days)
 */
export function computePerHead(tokensPerDay: number, pricePerMillion: number, daysPerYear = 230): number {
  return (tokensPerDay * pricePerMillion * daysPerYear) / TOKENS_PER_PRICE_UNIT;
}

/**
 * Tokens per day that an annual budget buys: budget ÷ days ÷ price × 10⁶.
 *
 * @example tokensForBudget(250000, 10) // 108695652.17…
 */
export function tokensForBudget(annualBudget: number, pricePerMillion: number, daysPerYear = 230): Outcome {
  if (daysPerYear === 0) return divisionByZero('days_per_year');
  if (pricePerMillion === 0) return divisionByZero('price_per_million');
  return (annualBudget / daysPerYear / pricePerMillion) * TOKENS_PER_PRICE_UNIT;
}
