/**
 * Continuous compounding of compute spend. Usage grows by `usageGrowth` a year and prices change by
 * `priceChange` a year, so spend grows by G = (1 + usage_growth)(1 + price_change) a year.
 * Logarithms go through log1p/expm1 so growth rates near 0 keep full precision.
 */
export function logAnnualGrowth(usageGrowth: number, priceChange = 0): number {
  return Math.log1p(usageGrowth) + Math.log1p(priceChange);
}

/**
 * (G^t − 1) ÷ ln G for t years: the spend of one unit of annual run-rate over t years;
 * t itself when G = 1.
 */
export function growthIntegral(logGrowth: number, years: number): number {
  return logGrowth === 0 ? years : Math.expm1(logGrowth * years) / logGrowth;
}
