/**
 * Continuous compounding of compute spend. Usage grows by `usageGrowth` a year and prices change by
 * `priceChange` a year, so spend grows by the factor G = (1 + usage_growth)(1 + price_change) a year.
 *
 * The arithmetic is written exactly as the share-safe native formulas compute it (POWER, LN, the same
 * order of operations), so a workbook without the add-in shows the same digits.
 */
export function annualGrowth(usageGrowth: number, priceChange = 0): number {
  return (1 + usageGrowth) * (1 + priceChange);
}

/**
 * Below this size the closed forms (e^x − 1) ÷ x, ((1 + r)^n − 1) ÷ r and ln(1 + y) ÷ y cancel
 * catastrophically (usage ×10 while prices ÷10 gives G within an ulp of 1), so their series are used.
 * At the threshold both forms agree to about 1e-12; the native formulas switch at the same point.
 */
export const SERIES_BELOW = 1e-4;

/** (G^t − 1) ÷ ln G for t years: the spend of one unit of annual run-rate over t years (t when G = 1). */
export function growthIntegral(growth: number, years: number): number {
  const x = years * Math.log(growth);
  if (Math.abs(x) < SERIES_BELOW) return years * (1 + x / 2 + (x * x) / 6 + (x * x * x) / 24);
  return (growth ** years - 1) / Math.log(growth);
}
