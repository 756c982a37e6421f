import { SERIES_BELOW } from './growth';

/** ((1 + r)^n − 1) ÷ r, by its binomial series when n·r is tiny (n itself when r = 0). */
export function annuityFactor(r: number, n: number): number {
  if (Math.abs(n * r) < SERIES_BELOW) {
    return (
      n * (1 + ((n - 1) * r) / 2 + ((n - 1) * (n - 2) * r * r) / 6 + ((n - 1) * (n - 2) * (n - 3) * r * r * r) / 24)
    );
  }
  return ((1 + r) ** n - 1) / r;
}

/**
 * What the same money, paid as cash each year and invested, would be worth after `years`
 * (tokens don't vest or appreciate). Equals Excel's FV(r, years, -(1 - tax) × amount, 0, timing):
 * (1 − tax) × amount × ((1 + r)^years − 1) ÷ r × (1 + r × timing); × years when r = 0.
 *
 * @example foregoneWealth(100000, 4, 0.07) // 443994.30
 */
export function foregoneWealth(
  annualAmount: number,
  years: number,
  annualReturn: number,
  timing = 0,
  taxRate = 0,
): number {
  const afterTax = (1 - taxRate) * annualAmount;
  return afterTax * annuityFactor(annualReturn, years) * (1 + annualReturn * timing);
}
