import { MONTHS_PER_YEAR } from './units';
import { never, Outcome } from './errors';
import { annualGrowth, growthIntegral, SERIES_BELOW } from './growth';

/**
 * Annualised compute run-rate at month `month` (0 = today): compute × G^(month ÷ 12).
 *
 * @example computeRunRate(100000, 1, 12) // 200000 — usage doubles in a year
 */
export function computeRunRate(computePerHead: number, usageGrowth: number, month: number, priceChange = 0): number {
  return computePerHead * annualGrowth(usageGrowth, priceChange) ** (month / MONTHS_PER_YEAR);
}

/**
 * Money spent over the next `months` while the run-rate grows continuously:
 * compute × (G^(months ÷ 12) − 1) ÷ ln G; compute × months ÷ 12 when G = 1.
 *
 * @example computeSpend(100000, 1, 12) // 144269.50…
 */
export function computeSpend(computePerHead: number, usageGrowth: number, months: number, priceChange = 0): number {
  return computePerHead * growthIntegral(annualGrowth(usageGrowth, priceChange), months / MONTHS_PER_YEAR);
}

/**
 * Months until cumulative spend, starting at today's annualised run-rate, uses up the budget:
 * 12 × ln(1 + y) ÷ ln G with y = budget × ln G ÷ run_rate (its series near y = 0; 12 × budget ÷ run_rate when G = 1).
 * `#N/A` "never" when spend converges below the budget (or nothing is spent).
 *
 * @example budgetRunoutMonth(1_000_000, 1_000_000, 9) // 6.226… — usage growing 10× a year
 */
export function budgetRunoutMonth(
  budget: number,
  annualRunRate: number,
  usageGrowth: number,
  priceChange = 0,
): Outcome {
  if (budget === 0) return 0;
  if (annualRunRate === 0) return never('annual_run_rate is 0, so nothing is spent');
  const logGrowth = Math.log(annualGrowth(usageGrowth, priceChange));
  const y = (budget * logGrowth) / annualRunRate;
  if (y <= -1) return never('spend shrinks and converges below the budget');
  if (Math.abs(y) < SERIES_BELOW) {
    return MONTHS_PER_YEAR * (budget / annualRunRate) * (1 - y / 2 + (y * y) / 3 - (y * y * y) / 4);
  }
  return (MONTHS_PER_YEAR * Math.log(1 + y)) / logGrowth;
}
