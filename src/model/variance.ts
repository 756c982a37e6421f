import { TOKENS_PER_PRICE_UNIT } from './units';

/**
 * Volume and price variance of token spend (prices per million tokens); they sum to actual − plan spend.
 * volume = (actual_tokens − plan_tokens) × plan_price ÷ 10⁶; price = (actual_price − plan_price) × actual_tokens ÷ 10⁶.
 *
 * @example spendVariance(1e9, 3, 1.5e9, 2.5) // [1500, -750]
 */
export function spendVariance(
  planTokens: number,
  planPrice: number,
  actualTokens: number,
  actualPrice: number,
): number[] {
  return [
    ((actualTokens - planTokens) * planPrice) / TOKENS_PER_PRICE_UNIT,
    ((actualPrice - planPrice) * actualTokens) / TOKENS_PER_PRICE_UNIT,
  ];
}
