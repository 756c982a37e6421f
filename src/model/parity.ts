import { MONTHS_PER_YEAR } from './units';
import { never, Outcome } from './errors';
import { annualGrowth } from './growth';

/**
 * Months until compute per head reaches salary, with smooth compounding (fractional; the first whole
 * month is its CEILING): 12 × ln(salary ÷ compute) ÷ ln((1 + usage_growth)(1 + price_change) ÷ (1 + salary_growth)).
 * 0 when compute already reaches salary; `#N/A` "never" when compute is 0 or does not outgrow salary.
 *
 * @example monthsToParity(125000, 250000, 1) // 12 — doubling usage, half of salary today
 */
export function monthsToParity(
  computePerHead: number,
  salary: number,
  usageGrowth: number,
  priceChange = 0,
  salaryGrowth = 0,
): Outcome {
  if (computePerHead >= salary) return 0;
  if (computePerHead === 0) return never('compute_per_head is 0');
  const logRelativeGrowth = Math.log(annualGrowth(usageGrowth, priceChange) / (1 + salaryGrowth));
  if (logRelativeGrowth <= 0) return never('compute does not grow faster than salary');
  return (MONTHS_PER_YEAR * Math.log(salary / computePerHead)) / logRelativeGrowth;
}
