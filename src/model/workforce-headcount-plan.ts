import { MONTHS_PER_YEAR } from './units';

/**
 * Month-by-month headcount with hires, attrition and ramp-up: one row per month of `hires`,
 * [heads at month end, productive heads at month end].
 *
 * HR conventions, tracked by monthly cohort:
 * - hires of month k join on the 1st and are counted in month k's heads;
 * - a hire of month j counts min(1, (k − j + 1) ÷ ramp_months) of a productive head in month k
 *   (1 when ramp_months is 0); the opening team is fully productive;
 * - attrition of annual_attrition ÷ 12 a month applies to the opening stock of each month, except the
 *   hires still inside their ramp: a hire of month j can leave from month j + max(1, ⌈ramp_months⌉) on.
 *   So heads_k = heads_{k−1} × (1 − annual_attrition ÷ 12) + hires_k exactly when ramp_months ≤ 1;
 *   with a longer ramp, the cohorts still ramping are carried whole and only the rest decays.
 *
 * Runs in one pass (running sums over the cohorts still protected or ramping), whatever the ramp.
 *
 * @example headcountPlan(100, [5, 5, 5], 0.12)[2] // [111.8804, 111.8804]
 * @example headcountPlan(10, [3, 3, 3], 0, 3)[1] // [16, 13]
 */
export function headcountPlan(
  startHeads: number,
  hires: readonly number[],
  annualAttrition: number,
  rampMonths = 0,
): number[][] {
  const keep = 1 - annualAttrition / MONTHS_PER_YEAR;
  // A cohort is exposed to attrition from its (protectedMonths + 1)-th month in the company.
  const protectedMonths = Math.max(1, Math.ceil(rampMonths));
  // A cohort is below full productivity while its tenure t (1 in its joining month) is < ramp_months.
  const rampingMonths = rampMonths > 1 ? Math.ceil(rampMonths) - 1 : 0;

  let exposed = startHeads;
  let protectedHeads = 0;
  let rampingHeads = 0;
  let rampingTenure = 0; // Σ hires × tenure over the cohorts still ramping
  const rows: number[][] = [];
  for (let month = 0; month < hires.length; month++) {
    const nowExposed = month - protectedMonths;
    if (nowExposed >= 0) {
      exposed += hires[nowExposed];
      protectedHeads -= hires[nowExposed];
    }
    exposed *= keep;
    protectedHeads += hires[month];

    if (rampingMonths > 0) {
      rampingTenure += rampingHeads + hires[month];
      rampingHeads += hires[month];
      const rampDone = month - rampingMonths;
      if (rampDone >= 0) {
        rampingTenure -= hires[rampDone] * (rampingMonths + 1);
        rampingHeads -= hires[rampDone];
      }
    }
    const productive = exposed + protectedHeads - rampingHeads + (rampingMonths > 0 ? rampingTenure / rampMonths : 0);
    rows.push([exposed + protectedHeads, productive]);
  }
  return rows;
}
