/**
 * Continuous compounding of compute spend. Usage grows by `usageGrowth` a year and prices change by
 * `priceChange` a year, so spend grows by the factor G = (1 + usage_growth)(1 + price_change) a year.
 *
 * The arithmetic is written exactly as the share-safe native formulas compute it (POWER, LN), so a
 * workbook without the add-in shows the same digits; log1p/expm1 would be more precise only for
 * growth rates below 1e-6 a year, where no plan lives.
 */
export function annualGrowth(usageGrowth: number, priceChange = 0): number {
  return (1 + usageGrowth) * (1 + priceChange);
}

/** (G^t − 1) ÷ ln G for t years: the spend of one unit of annual run-rate over t years; t when G = 1. */
export function growthIntegral(growth: number, years: number): number {
  return growth === 1 ? years : (growth ** years - 1) / Math.log(growth);
}
