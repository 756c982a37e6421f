/**
 * What the same money, paid as cash each year and invested, would be worth after `years`
 * (tokens don't vest or appreciate). Equals Excel's FV(r, years, -(1 - tax) × amount, 0, timing):
 * (1 − tax) × amount × ((1 + r)^years − 1) ÷ r × (1 + r × timing); × years when r = 0.
 *
 * @example foregoneWealth(100000, 4, 0.07) // 443994.30
 */
export function foregoneWealth(annualAmount: number, years: number, annualReturn: number, timing = 0, taxRate = 0): number {
  const afterTax = (1 - taxRate) * annualAmount;
  if (annualReturn === 0) return afterTax * years;
  const annuityFactor = ((1 + annualReturn) ** years - 1) / annualReturn;
  return afterTax * annuityFactor * (1 + annualReturn * timing);
}
