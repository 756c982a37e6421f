import fc from 'fast-check';
import { costPerHeadByMonth } from '../../src/model/workforce-cost-plan';
import { headcountPlan } from '../../src/model/workforce-headcount-plan';
import { HiringPlan, NUMBERS, runRateCost, totalCost } from '../../src/model/workforce-hires-closed-forms';

type Plan = Omit<HiringPlan<number>, 'budget'>;

/**
 * The oracle: the plan simulated month by month (HEADCOUNT_PLAN's recursion, COST_PLAN's pay of each
 * month), cost(0) and cost(1) − cost(0) summed term by term — no closed form anywhere. A month's compute
 * is compute × G^((k − 1) ÷ 12) × expm1(ln G ÷ 12) ÷ ln G: COST_PLAN's spend(k) − spend(k − 1) is the
 * same number, but its difference rounds to 0 once a decaying spend has converged.
 */
function bruteForce(plan: Plan) {
  const { pay } = costPerHeadByMonth(plan.months, plan.costPerHead, 0, 0, 0, plan.salaryGrowth);
  const growth = (1 + plan.usageGrowth) * (1 + plan.priceChange);
  const logGrowth = Math.log(growth);
  const firstMonth = logGrowth === 0 ? 1 / 12 : Math.expm1(logGrowth / 12) / logGrowth;
  const perHead = pay.map((amount, index) => amount + plan.computePerHead * growth ** (index / 12) * firstMonth);
  const heads = (start: number, hires: number) =>
    headcountPlan(start, new Array<number>(plan.months).fill(hires), plan.annualAttrition).map(([count]) => count);
  const total = (counts: number[]) => counts.reduce((sum, count, index) => sum + count * perHead[index], 0);
  const last = (counts: number[]) => 12 * counts[plan.months - 1] * perHead[plan.months - 1];
  const kept = heads(plan.startHeads, 0);
  const hired = heads(0, 1);
  return {
    total: { withoutHires: total(kept), perMonthlyHire: total(hired) },
    runRate: { withoutHires: last(kept), perMonthlyHire: last(hired) },
  };
}

const gap = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);

function worstGap(plan: Plan): number {
  const oracle = bruteForce(plan);
  const total = totalCost(NUMBERS, { ...plan, budget: 0 });
  const runRate = runRateCost(NUMBERS, { ...plan, budget: 0 });
  return Math.max(
    gap(total.withoutHires, oracle.total.withoutHires),
    gap(total.perMonthlyHire, oracle.total.perMonthlyHire),
    gap(runRate.withoutHires, oracle.runRate.withoutHires),
    gap(runRate.perMonthlyHire, oracle.runRate.perMonthlyHire),
  );
}

const DEFAULTS: Plan = {
  startHeads: 20,
  costPerHead: 180000,
  computePerHead: 20000,
  usageGrowth: 0,
  months: 36,
  annualAttrition: 0,
  priceChange: 0,
  salaryGrowth: 0,
};

const planArbitrary = fc.record({
  startHeads: fc.integer({ min: 0, max: 10000 }),
  // Money of 1e-277 underflows in the oracle's own products: amounts are 0 or at least a cent.
  costPerHead: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
  computePerHead: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
  usageGrowth: fc.oneof(fc.constant(0), fc.double({ min: -0.9, max: 9, noNaN: true })),
  months: fc.integer({ min: 1, max: 240 }),
  annualAttrition: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
  priceChange: fc.oneof(fc.constant(0), fc.double({ min: -0.9, max: 1, noNaN: true })),
  salaryGrowth: fc.oneof(fc.constant(0), fc.double({ min: -0.5, max: 0.5, noNaN: true })),
});

/** The worst relative gap over the generated plans that `keep` selects, and that plan. */
function worstOver(keep: (plan: Plan) => boolean, numRuns: number): { gap: number; plan?: Plan } {
  let worst: { gap: number; plan?: Plan } = { gap: 0 };
  fc.assert(
    fc.property(planArbitrary, (plan) => {
      if (!keep(plan)) return;
      const gap = worstGap(plan);
      if (gap > worst.gap) worst = { gap, plan };
    }),
    { numRuns, seed: 7 },
  );
  return worst;
}

/** months × attrition ÷ 12: the cost per hire cancels as ε over this (see SNAP_ATTRITION). */
const attritionBand = (plan: Plan) => (plan.months * plan.annualAttrition) / 12;

describe('closed forms of a hiring plan against the month-by-month sums', () => {
  // Measured: 2.9e-12 (a plan with months × attrition ÷ 12 = 1.8e-4, where (T − Q) ÷ (1 − r) loses
  // a few ε ÷ 1e-4); 1e-15…1e-13 elsewhere. Rounding in the oracle's own sums is about 1e-14.
  it('agree to 5e-12 across the domain, unless attrition × months ÷ 12 is within (0, 1e-4)', () => {
    const { gap, plan } = worstOver((p) => attritionBand(p) === 0 || attritionBand(p) >= 1e-4, 3000);
    expect({ gap: gap < 5e-12, plan }).toEqual({ gap: true, plan });
  });

  // Measured: 2.6e-8 just below SNAP_ATTRITION (taken at no attrition: error ≈ band ÷ 3), and just
  // above it a few ε ÷ band. A month's attrition of 1e-7 ÷ months and less is no plan's input.
  it('agree to 5e-8 when attrition × months ÷ 12 is within (0, 1e-4)', () => {
    const tiny = planArbitrary.chain((p) =>
      fc
        .double({ min: 1e-12, max: 1e-4, noNaN: true })
        .map((band) => ({ ...p, annualAttrition: (12 * band) / p.months })),
    );
    let worst = 0;
    fc.assert(
      fc.property(tiny, (plan) => {
        worst = Math.max(worst, worstGap(plan));
      }),
      { numRuns: 1000, seed: 11 },
    );
    expect(worst).toBeLessThan(5e-8);
  });

  it('are exact in the default case: no attrition, no raises, flat compute', () => {
    const total = totalCost(NUMBERS, { ...DEFAULTS, budget: 0 });
    expect(total.perMonthlyHire).toBe(((180000 + 20000) / 12) * ((36 * 37) / 2));
    expect(total.withoutHires).toBe(20 * 36 * ((180000 + 20000) / 12));
    expect(worstGap(DEFAULTS)).toBeLessThan(1e-15);
  });

  it.each([
    ['usage ×10 while prices ÷10 (growth within an ulp of 1)', { usageGrowth: 9, priceChange: -0.9 }, 5e-14],
    ['compute growth of 1e-9 a year', { usageGrowth: 1e-9 }, 5e-14],
    ['raises of 1e-9 a year', { salaryGrowth: 1e-9 }, 5e-14],
    ['raises offsetting attrition', { salaryGrowth: 0.03, annualAttrition: 0.03 }, 5e-13],
    ['compute growth offsetting attrition (r g = 1)', { annualAttrition: 0.12, usageGrowth: 0.99 ** -12 - 1 }, 5e-13],
    ['attrition of 0.1% a year', { annualAttrition: 0.001 }, 2e-12],
    ['attrition of 1e-6 a year', { annualAttrition: 1e-6 }, 2e-10],
    ['attrition of 1e-9 a year', { annualAttrition: 1e-9 }, 2e-8],
  ])('stay close near a ratio of 1: %s', (_name, change, tolerance) => {
    for (const months of [1, 12, 13, 36, 120, 1200]) {
      expect({ months, close: worstGap({ ...DEFAULTS, months, ...change }) < tolerance }).toEqual({
        months,
        close: true,
      });
    }
  });
});
