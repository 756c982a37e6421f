import fc from 'fast-check';
import { HcError, isHcError } from '../../src/model/errors';
import { affordableHires, MAX_MONTHS } from '../../src/model/workforce-affordable-hires';
import { costPlan } from '../../src/model/workforce-cost-plan';
import { headcountPlan } from '../../src/model/workforce-headcount-plan';

interface Plan {
  startHeads: number;
  costPerHead: number;
  computePerHead: number;
  usageGrowth: number;
  months: number;
  attrition: number;
  priceChange: number;
  salaryGrowth: number;
}

/**
 * The cost of hiring `hires` a month, simulated month by month straight from the definitions
 * (no closed forms, no shared code): heads = heads × (1 − attrition ÷ 12) + hires; pay steps once a
 * year; compute of month k per head = compute × G^((k−1)/12) × (G^(1/12) − 1) ÷ ln G.
 */
function simulatedCost(plan: Plan, hires: number, constraint: 'total' | 'run_rate'): number {
  const growth = (1 + plan.usageGrowth) * (1 + plan.priceChange);
  let heads = plan.startHeads;
  let total = 0;
  let last = 0;
  for (let month = 1; month <= plan.months; month++) {
    heads = heads * (1 - plan.attrition / 12) + hires;
    const pay = (plan.costPerHead / 12) * (1 + plan.salaryGrowth) ** Math.floor((month - 1) / 12);
    // expm1 keeps the oracle exact when growth is within an ulp of 1 (e.g. usage ×10 while prices ÷10).
    const logGrowth = Math.log(growth);
    const monthFactor = logGrowth === 0 ? 1 / 12 : Math.expm1(logGrowth / 12) / logGrowth;
    const compute = plan.computePerHead * growth ** ((month - 1) / 12) * monthFactor;
    last = heads * (pay + compute);
    total += last;
  }
  return constraint === 'total' ? total : 12 * last;
}

const call = (budget: number, plan: Plan, constraint = 'total') =>
  affordableHires(
    budget,
    plan.startHeads,
    plan.costPerHead,
    plan.computePerHead,
    plan.usageGrowth,
    plan.months,
    plan.attrition,
    plan.priceChange,
    plan.salaryGrowth,
    constraint,
  );

const TEAM: Plan = {
  startHeads: 20,
  costPerHead: 180000,
  computePerHead: 20000,
  usageGrowth: 1,
  months: 36,
  attrition: 0.1,
  priceChange: 0,
  salaryGrowth: 0.04,
};

describe('affordableHires', () => {
  it('is the largest h with cost(h) ≤ budget < cost(h + 1), against a month-by-month simulation', () => {
    const plan = fc.record({
      startHeads: fc.integer({ min: 0, max: 500 }),
      costPerHead: fc.integer({ min: 30000, max: 600000 }),
      computePerHead: fc.integer({ min: 0, max: 300000 }),
      usageGrowth: fc.double({ min: -0.5, max: 9, noNaN: true }),
      months: fc.integer({ min: 1, max: 120 }),
      attrition: fc.double({ min: 0, max: 0.4, noNaN: true }),
      priceChange: fc.double({ min: -0.9, max: 0.5, noNaN: true }),
      salaryGrowth: fc.double({ min: 0, max: 0.1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        plan,
        fc.double({ min: 0, max: 5e9, noNaN: true }),
        fc.constantFrom('total', 'run_rate'),
        (p, budget, constraint) => {
          const hires = call(budget, p, constraint);
          const mode = constraint as 'total' | 'run_rate';
          const slack = 1e-9 * simulatedCost(p, 1, mode);
          if (isHcError(hires)) {
            expect(hires.code).toBe('#N/A');
            expect(simulatedCost(p, 0, mode)).toBeGreaterThan(budget - slack);
            return;
          }
          expect(Number.isInteger(hires)).toBe(true);
          expect(simulatedCost(p, hires, mode)).toBeLessThanOrEqual(budget + slack);
          expect(simulatedCost(p, hires + 1, mode)).toBeGreaterThan(budget - slack);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with COST_PLAN over HEADCOUNT_PLAN: the answer fits, one more does not', () => {
    const planTotal = (hires: number) =>
      costPlan(
        headcountPlan(TEAM.startHeads, new Array(TEAM.months).fill(hires), TEAM.attrition).map(([heads]) => heads),
        TEAM.costPerHead,
        TEAM.computePerHead,
        TEAM.usageGrowth,
        TEAM.priceChange,
        TEAM.salaryGrowth,
      ).reduce((sum, row) => sum + (row[2] as number), 0);
    const budget = 40_000_000;
    const hires = call(budget, TEAM) as number;
    expect(hires).toBe(1);
    expect(planTotal(hires)).toBeLessThanOrEqual(budget);
    expect(planTotal(hires + 1)).toBeGreaterThan(budget);
  });

  it('counts a budget equal to the cost of a plan as enough for that plan, despite float noise', () => {
    for (const hires of [0, 1, 3, 7, 250]) {
      const exact = simulatedCost(TEAM, hires, 'total');
      expect(call(exact, TEAM)).toBe(hires);
      const short = call(exact * (1 - 1e-6), TEAM);
      if (hires === 0) expect(short).toMatchObject({ code: '#N/A' });
      else expect(short).toBe(hires - 1);
      expect(call(simulatedCost(TEAM, hires, 'run_rate'), TEAM, 'run_rate')).toBe(hires);
    }
  });

  it('answers near a ratio of 1 as the simulation does: tiny attrition, raises, compute growth, offsets', () => {
    const nearOne: Partial<Plan>[] = [
      { attrition: 1e-9 },
      { attrition: 1e-6 },
      { salaryGrowth: 1e-9 },
      { usageGrowth: 1e-9 },
      { usageGrowth: 9, priceChange: -0.9 },
      { attrition: 0.12, usageGrowth: 0.99 ** -12 - 1 },
      { attrition: 0.03, salaryGrowth: 0.03 },
    ];
    for (const change of nearOne) {
      for (const months of [1, 12, 13, 36, 120]) {
        const plan = { ...TEAM, months, ...change };
        for (const hires of [0, 3, 40]) {
          // A budget in the middle between two answers, so float noise cannot move the answer.
          const budget = (simulatedCost(plan, hires, 'total') + simulatedCost(plan, hires + 1, 'total')) / 2;
          expect({ change, months, hires: call(budget, plan) }).toEqual({ change, months, hires });
        }
      }
    }
  });

  it('never allows fewer hires for more budget, nor more hires for more compute', () => {
    let previous = -1;
    for (let budget = 30e6; budget <= 90e6; budget += 5e6) {
      const hires = call(budget, TEAM) as number;
      expect(hires).toBeGreaterThanOrEqual(previous);
      previous = hires;
    }
    const byCompute = [0, 10000, 20000, 40000, 80000].map(
      (computePerHead) => call(60e6, { ...TEAM, computePerHead }) as number,
    );
    expect(byCompute).toEqual([...byCompute].sort((a, b) => b - a));
    expect(byCompute[0]).toBeGreaterThan(byCompute[4]);
  });

  it('names the shortfall when even no hires overspend', () => {
    expect(affordableHires(1_000_000, 10, 120000, 0, 0, 12)).toEqual(
      new HcError('#N/A', 'never: with no hires the plan costs 1200000.00, 200000.00 over the budget'),
    );
    expect(affordableHires(1_000_000, 10, 120000, 0, 0, 12, 0, 0, 0, 'run_rate')).toEqual(
      new HcError('#N/A', 'never: with no hires the plan costs 1200000.00, 200000.00 over the budget'),
    );
  });

  it('refuses an unbounded answer with #NUM!: hires that cost nothing, or more than 1e15 a month', () => {
    expect(affordableHires(1000, 0, 0, 0, 0, 12)).toEqual(
      new HcError('#NUM!', 'a hire costs nothing over the plan, so any number of hires fits the budget'),
    );
    expect(affordableHires(1e300, 10, 120000, 0, 0, 12)).toEqual(
      new HcError('#NUM!', 'the budget allows more than 1e15 hires a month'),
    );
    const noNumber = new HcError(
      '#NUM!',
      "the plan's cost is not a finite number: a power over the months overflows or underflows",
    );
    expect(affordableHires(1e300, 1e300, 1e300, 0, 0, 12)).toEqual(noNumber);
    // Compute falling 99.99999% a year for a century: 10^-700 underflows, as it does in a spreadsheet.
    expect(affordableHires(1e9, 10, 120000, 100000, -0.9999999, 1200)).toEqual(noNumber);
  });

  it('reads the constraint as "total" or "run_rate", in any case, and refuses anything else', () => {
    expect(affordableHires(4_000_000, 10, 120000, 24000, 0, 12, 0, 0, 0, ' RUN_RATE ')).toBe(1);
    expect(affordableHires(4_000_000, 10, 120000, 24000, 0, 12, 0, 0, 0, 'Total')).toBe(
      affordableHires(4_000_000, 10, 120000, 24000, 0, 12),
    );
    expect(affordableHires(4_000_000, 10, 120000, 24000, 0, 12, 0, 0, 0, 'annual')).toEqual(
      new HcError('#VALUE!', 'constraint must be "total" or "run_rate"'),
    );
  });

  it(`plans up to ${MAX_MONTHS} months`, () => {
    const hires = affordableHires(5e9, 100, 150000, 10000, 0.3, MAX_MONTHS, 0.12, -0.2, 0.03) as number;
    const plan: Plan = {
      startHeads: 100,
      costPerHead: 150000,
      computePerHead: 10000,
      usageGrowth: 0.3,
      months: MAX_MONTHS,
      attrition: 0.12,
      priceChange: -0.2,
      salaryGrowth: 0.03,
    };
    expect(simulatedCost(plan, hires, 'total')).toBeLessThanOrEqual(5e9);
    expect(simulatedCost(plan, hires + 1, 'total')).toBeGreaterThan(5e9);
  });
});
