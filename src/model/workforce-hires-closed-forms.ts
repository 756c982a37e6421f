import { MONTHS_PER_YEAR } from './units';

/**
 * The few operations the closed forms of AFFORDABLE_HIRES use, each one an Excel function or
 * operator that older Excel, LibreOffice and HyperFormula all evaluate. The closed forms are written
 * once over this interface: {@link NUMBERS} computes them (the model), a text algebra writes them as a
 * native formula (the share-safe copy), so both take the same steps in the same order.
 */
export interface Algebra<T> {
  constant(value: number): T;
  plus(a: T, b: T): T;
  minus(a: T, b: T): T;
  times(a: T, b: T): T;
  over(a: T, b: T): T;
  negate(a: T): T;
  /** POWER(base, exponent). */
  power(base: T, exponent: T): T;
  /** LN(x). */
  ln(x: T): T;
  /** SQRT(x). */
  sqrt(x: T): T;
  /** INT(x) of a number ≥ 0. */
  int(x: T): T;
  /** ROUND(x, 0) of a number ≥ 0. */
  round(x: T): T;
  /** MOD(x, divisor). */
  mod(x: T, divisor: T): T;
  /** FV(rate, periods, payment, present): −present × (1 + rate)^periods − payment × geometric sum. */
  futureValue(rate: T, periods: T, payment: T, present: T): T;
  /** ABS(x). */
  abs(x: T): T;
  /** IF(a < b, then, otherwise): only the chosen branch counts. */
  ifLess(a: T, b: T, then: () => T, otherwise: () => T): T;
}

/** Excel's arithmetic on numbers: anything Excel answers with an error (overflow, LN(0), x ÷ 0) is NaN here. */
const finite = (x: number): number => (Number.isFinite(x) ? x : NaN);

/**
 * FV as the engines compute it (HyperFormula's and LibreOffice's order of operations): the geometric
 * sum payment × ((1 + rate)^periods − 1) ÷ rate, exactly payment × periods when the rate is 0.
 */
function futureValue(rate: number, periods: number, payment: number, present: number): number {
  if (rate === 0) return finite(-present - payment * periods);
  const term = finite((1 + rate) ** periods);
  return finite((payment * (1 - term)) / rate - present * term);
}

/** The closed forms on numbers: what the model computes. */
export const NUMBERS: Algebra<number> = {
  constant: (value) => value,
  plus: (a, b) => finite(a + b),
  minus: (a, b) => finite(a - b),
  times: (a, b) => finite(a * b),
  over: (a, b) => finite(a / b),
  negate: (a) => -a,
  power: (base, exponent) => (base === 0 && exponent <= 0 ? NaN : finite(base ** exponent)),
  ln: (x) => (x > 0 ? finite(Math.log(x)) : NaN),
  sqrt: (x) => (x >= 0 ? Math.sqrt(x) : NaN),
  int: Math.floor,
  round: Math.round,
  mod: (x, divisor) => x - divisor * Math.floor(x / divisor),
  futureValue,
  abs: Math.abs,
  ifLess: (a, b, then, otherwise) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : a < b ? then() : otherwise()),
};

/**
 * Near a ratio x of 1 the closed forms cancel. A geometric sum (x^m − 1) ÷ (x − 1) as FV computes it
 * loses ε ÷ (m |x − 1|); it is corrected by Kahan's factor m ln x ÷ ln(x^m) (the rounded power's own
 * logarithm), which makes it exact to a few ulps, except that x^m = 1 has no factor: below this
 * m |x − 1| the ratio counts as 1 (an error of at most half of it). LibreOffice, which rounds
 * differences below 2^-48 relative to 0, takes the same branches with a threshold this far above that.
 */
export const SNAP_GEOMETRIC = 1e-12;
/**
 * The arithmetico-geometric sums at zero attrition, (M x^M − Σ x^(k−1)) ÷ (x − 1), still lose a few
 * ε ÷ (m |x − 1|): below this m |x − 1| they take their second-order series (error ≈ (m |x − 1|)³ ÷ 15),
 * so both errors stay below about 5e-12.
 */
export const SERIES_ARITHMETIC = 4e-4;
/** Below this months × (1 − r), the cost per hire is taken at no attrition (error ≈ months × (1 − r) ÷ 3). */
export const SNAP_ATTRITION = 1e-7;

/** The arguments of AFFORDABLE_HIRES that shape the plan, in either algebra. */
export interface HiringPlan<T> {
  budget: T;
  startHeads: T;
  costPerHead: T;
  computePerHead: T;
  usageGrowth: T;
  months: T;
  annualAttrition: T;
  priceChange: T;
  salaryGrowth: T;
}

/**
 * A plan's cost as cost(h) = withoutHires + h × perMonthlyHire for h hires a month, and the real-valued
 * number of monthly hires the budget pays for: hires = (budget − withoutHires) ÷ perMonthlyHire, written
 * so that each long sub-expression appears once or twice (Excel formulas have no variables).
 */
export interface HiringCost<T> {
  withoutHires: T;
  perMonthlyHire: T;
  hires: T;
}

/** Helpers over an algebra: constants, and sums near a ratio of 1. */
function toolkit<T>(alg: Algebra<T>) {
  const n = (value: number) => alg.constant(value);
  const { times, minus } = alg;
  /** m |x − 1| below `threshold`: the sum counts the ratio as exactly 1. */
  const nearOne = (ratio: T, periods: T, threshold: number, exact: () => T, closed: () => T) =>
    alg.ifLess(alg.abs(times(periods, minus(ratio, n(1)))), n(threshold), exact, closed);
  /**
   * FV(x − 1, m, payment, present) = −present x^m − payment Σ_{i<m} x^i, its geometric sum exact to a
   * few ulps: the payment carries Kahan's factor m ln x ÷ ln(x^m) ({@link SNAP_GEOMETRIC}). With
   * `spelledOut`, the exact branch is written as −present − payment × m (shorter for constant arguments).
   */
  const futureValue = (ratio: T, periods: T, payment: T, present: T, spelledOut = true) => {
    const snap = (exact: () => T, closed: () => T) => nearOne(ratio, periods, SNAP_GEOMETRIC, exact, closed);
    const factor = () => alg.over(times(periods, alg.ln(ratio)), alg.ln(alg.power(ratio, periods)));
    const rate = () => minus(ratio, n(1));
    if (spelledOut) {
      return snap(
        () => minus(alg.negate(present), times(payment, periods)),
        () => alg.futureValue(rate(), periods, times(payment, factor()), present),
      );
    }
    return alg.futureValue(
      snap(() => n(0), rate),
      periods,
      times(
        payment,
        snap(() => n(1), factor),
      ),
      present,
    );
  };
  return { n, nearOne, futureValue };
}

/**
 * The plan's total cost over `months`, in closed form. With r = 1 − attrition ÷ 12, σ = 1 + salary
 * growth, g = ((1 + usage)(1 + price))^(1/12), per-head cost c_k = pay_k + compute_k of month k
 * (pay_k = cost_per_head ÷ 12 × σ^INT((k − 1) ÷ 12), compute_k = c₁ g^(k−1), c₁ = COMPUTE_SPEND's first
 * month = compute ÷ 12 × (g − 1) ÷ ln g), month-end heads S r^k + h (1 − r^k) ÷ (1 − r):
 * - T = Σ c_k, Q = Σ r^k c_k (geometric sums, via FV, exact when a ratio is 1);
 * - cost(0) = S Q, per monthly hire B = Σ c_k (1 − r^k) ÷ (1 − r) = (T − Q) ÷ (1 − r), and
 *   K = Σ k c_k when there is no attrition (arithmetico-geometric sums, via FV);
 * - hires = (budget − S Q) ÷ B = d S + (budget − S T) ÷ B with d = 1 − r (Q once, not twice).
 * Pay sums go year by year: Y = INT(months ÷ 12) whole years, then R = MOD(months, 12) months.
 * FV's rates are the ratios it raises minus 1 (r − 1, not −attrition ÷ 12), so FV's power is the ratio's.
 *
 * @example totalCost(NUMBERS, { budget: 5e6, startHeads: 10, costPerHead: 120000, computePerHead: 0, usageGrowth: 0, months: 12, annualAttrition: 0, priceChange: 0, salaryGrowth: 0 }).hires // 4.871794…
 */
export function totalCost<T>(alg: Algebra<T>, plan: HiringPlan<T>): HiringCost<T> {
  const { n, nearOne, futureValue: fv } = toolkit(alg);
  const { plus, minus, times, over } = alg;
  const { months } = plan;
  const { keep: r, growth: g, computeMonth, firstCompute, payMonth } = sharedTerms(alg, plan);
  const d = minus(n(1), r);
  const years = alg.int(over(months, n(MONTHS_PER_YEAR)));
  const rest = alg.mod(months, n(MONTHS_PER_YEAR));
  const s = plan.salaryGrowth;
  const raise = plus(n(1), s);
  const growthRate = minus(g, n(1));

  // Σ σ^q over the months: 12 per whole year, then the R months of year Y.
  const payTotal = fv(raise, years, n(-12), alg.negate(rest));
  // Σ r^k σ^q: month i of year q keeps r^(12q + i), so the sum is r (Σ_{i<12} r^i Σ_q (σ r^12)^q + …).
  const payKept = times(
    r,
    fv(
      times(raise, alg.power(r, n(12))),
      years,
      alg.negate(fv(r, n(12), n(-1), n(0))),
      alg.negate(fv(r, rest, n(-1), n(0))),
      false,
    ),
  );
  // Σ k σ^q: Σ_q σ^q (144 q + 78) = FV(s, Y, 144 + 66 s, −144 Y) ÷ s, near s = 0 its series (σ^q's
  // binomial terms) Y (72 Y + 6) + s Y (Y − 1)(48 Y + 15 + s (Y − 2)(18 Y + 7)); then the last R
  // months, k = 12 Y + i: σ^Y R (12 Y + (R + 1) ÷ 2).
  const payWeighted = plus(
    nearOne(
      raise,
      years,
      SERIES_ARITHMETIC,
      () =>
        plus(
          times(years, plus(times(n(72), years), n(6))),
          times(
            times(s, times(years, minus(years, n(1)))),
            plus(
              plus(times(n(48), years), n(15)),
              times(s, times(minus(years, n(2)), plus(times(n(18), years), n(7)))),
            ),
          ),
        ),
      () => over(fv(raise, years, plus(n(144), times(n(66), s)), times(n(-144), years)), s),
    ),
    times(alg.power(raise, years), times(rest, plus(times(n(12), years), over(plus(rest, n(1)), n(2))))),
  );
  // Compute: c₁ Σ g^(k−1) = compute ÷ 12 × M (g^M − 1) ÷ ln(g^M), Kahan's form of (e^z − 1) ÷ z.
  const computeTotal = times(
    computeMonth,
    times(
      months,
      nearOne(
        g,
        months,
        SNAP_GEOMETRIC,
        () => n(1),
        () => {
          const power = alg.power(g, months);
          return over(minus(power, n(1)), alg.ln(power));
        },
      ),
    ),
  );
  const computeKept = times(firstCompute, times(r, fv(times(r, g), months, n(-1), n(0))));
  // c₁ Σ k g^(k−1) = compute ÷ 12 × (M g^M − Σ g^(k−1)) ÷ ln g = compute ÷ 12 × FV(g − 1, M, 1, −M) ÷ ln g,
  // near g = 1 its series in δ = g − 1: M (M + 1) ÷ 2 × (1 + δ ((4M − 1) ÷ 6 + δ (3M² − 5M + 1) ÷ 12)).
  const computeWeighted = times(
    computeMonth,
    nearOne(
      g,
      months,
      SERIES_ARITHMETIC,
      () =>
        times(
          over(times(months, plus(months, n(1))), n(2)),
          plus(
            n(1),
            times(
              growthRate,
              plus(
                over(minus(times(n(4), months), n(1)), n(6)),
                over(times(growthRate, plus(times(months, minus(times(n(3), months), n(5))), n(1))), n(12)),
              ),
            ),
          ),
        ),
      () => over(fv(g, months, n(1), alg.negate(months), false), alg.ln(g)),
    ),
  );

  const total = () => plus(times(payMonth, payTotal), computeTotal);
  const kept = () => plus(times(payMonth, payKept), computeKept);
  const noAttrition = (then: () => T, otherwise: () => T) => nearOne(r, months, SNAP_ATTRITION, then, otherwise);
  const perMonthlyHire = noAttrition(
    () => plus(times(payMonth, payWeighted), computeWeighted),
    () => over(minus(total(), kept()), d),
  );
  return {
    withoutHires: times(plan.startHeads, kept()),
    perMonthlyHire,
    hires: plus(times(d, plan.startHeads), over(minus(plan.budget, times(plan.startHeads, total())), perMonthlyHire)),
  };
}

/**
 * 12 × the cost of the plan's last month, in closed form: 12 c_M (S r^M + h (1 − r^M) ÷ (1 − r)).
 *
 * @example runRateCost(NUMBERS, { budget: 4e6, startHeads: 10, costPerHead: 120000, computePerHead: 24000, usageGrowth: 0, months: 12, annualAttrition: 0, priceChange: 0, salaryGrowth: 0 }).hires // 1.481481…
 */
export function runRateCost<T>(alg: Algebra<T>, plan: HiringPlan<T>): HiringCost<T> {
  const { n, futureValue } = toolkit(alg);
  const { plus, minus, times, over } = alg;
  const { months } = plan;
  const { keep: r, growth: g, firstCompute, payMonth } = sharedTerms(alg, plan);
  const lastMonth = minus(months, n(1));
  const perHead = plus(
    times(payMonth, alg.power(plus(n(1), plan.salaryGrowth), alg.int(over(lastMonth, n(MONTHS_PER_YEAR))))),
    times(firstCompute, alg.power(g, lastMonth)),
  );
  const annual = () => times(n(MONTHS_PER_YEAR), perHead);
  const kept = alg.power(r, months);
  const perHire = futureValue(r, months, n(-1), n(0));
  return {
    withoutHires: times(annual(), times(plan.startHeads, kept)),
    perMonthlyHire: times(annual(), perHire),
    hires: over(minus(over(plan.budget, annual()), times(plan.startHeads, kept)), perHire),
  };
}

/** Terms both constraints use. */
function sharedTerms<T>(alg: Algebra<T>, plan: HiringPlan<T>) {
  const { n } = toolkit(alg);
  const { plus, minus, times, over } = alg;
  const growth = alg.power(
    times(plus(n(1), plan.usageGrowth), plus(n(1), plan.priceChange)),
    over(n(1), n(MONTHS_PER_YEAR)),
  );
  const computeMonth = over(plan.computePerHead, n(MONTHS_PER_YEAR));
  // COMPUTE_SPEND's first month, compute ÷ 12 × (g − 1) ÷ ln g: (g − 1) ÷ ln g of the rounded g is exact
  // to a few ulps however close g is to 1 (Kahan's expm1 trick).
  const firstCompute = times(
    computeMonth,
    toolkit(alg).nearOne(
      growth,
      n(1),
      SNAP_GEOMETRIC,
      () => n(1),
      () => over(minus(growth, n(1)), alg.ln(growth)),
    ),
  );
  return {
    keep: minus(n(1), over(plan.annualAttrition, n(MONTHS_PER_YEAR))),
    growth,
    computeMonth,
    firstCompute,
    payMonth: over(plan.costPerHead, n(MONTHS_PER_YEAR)),
  };
}
