import { HcError } from '../../src/model/errors';
import { computeSpend } from '../../src/model/runrate';
import { costPlan } from '../../src/model/workforce-cost-plan';
import { headcountPlan } from '../../src/model/workforce-headcount-plan';

const column = (rows: readonly (readonly unknown[])[], index: number) => rows.map((row) => row[index] as number);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('costPlan month by month', () => {
  it("makes a constant team's compute months add up to its COMPUTE_SPEND over the plan", () => {
    for (const [usage, price] of [
      [0, 0],
      [1, 0],
      [9, -0.5],
      [0.3, -0.9],
      [2, 0.1],
    ]) {
      const compute = column(costPlan(new Array(120).fill(40), 180000, 25000, usage, price), 1);
      const plan = 40 * computeSpend(25000, usage, 120, price);
      expect(Math.abs(sum(compute) - plan)).toBeLessThanOrEqual(1e-12 * plan);
      // …and every partial sum is COMPUTE_SPEND to that month.
      const partial = 40 * computeSpend(25000, usage, 7, price);
      expect(Math.abs(sum(compute.slice(0, 7)) - partial)).toBeLessThanOrEqual(1e-12 * partial);
    }
  });

  it("charges each month's heads that month's exact spend per head", () => {
    const heads = [10, 25, 5];
    const compute = column(costPlan(heads, 0, 12000, 1), 1);
    heads.forEach((count, index) =>
      expect(compute[index]).toBeCloseTo(
        count * (computeSpend(12000, 1, index + 1) - computeSpend(12000, 1, index)),
        9,
      ),
    );
  });

  it('steps raises once a year: months 1–12 at cost ÷ 12, 13–24 × (1 + growth), 25 × (1 + growth)²', () => {
    const people = column(costPlan(new Array(25).fill(10), 120000, 0, 0, 0, 0.05), 0);
    expect(people.slice(0, 12)).toEqual(new Array(12).fill(100000));
    people.slice(12, 24).forEach((value) => expect(value).toBeCloseTo(105000, 9));
    expect(people[24]).toBeCloseTo(110250, 9);
  });

  it('charges the one-time cost on rises of heads only, and none in month 1', () => {
    const people = column(costPlan([10, 13, 11, 11.5], 120000, 0, 0, 0, 0, 8000), 0);
    expect(people).toEqual([100000, 130000 + 3 * 8000, 110000, 115000 + 0.5 * 8000]);
  });
});

describe('costPlan totals and shares', () => {
  it('adds the total and the compute share of it', () => {
    expect(costPlan([10], 120000, 24000, 0)).toEqual([[100000, 20000, 120000, 1 / 6]]);
  });

  it('answers #DIV/0! for the share of a month that costs nothing, and numbers elsewhere', () => {
    const plan = costPlan([0, 3], 120000, 0, 0);
    expect(plan[0].slice(0, 3)).toEqual([0, 0, 0]);
    expect(plan[0][3]).toEqual(new HcError('#DIV/0!', 'total cost of month 1 is 0'));
    expect(plan[1]).toEqual([30000, 0, 30000, 0]);
  });

  it('shows compute passing people cost in month 26 for 50 heads, $20k compute tripling a year, 4% raises', () => {
    const plan = costPlan(new Array(36).fill(50), 180000, 20000, 2, 0, 0.04);
    expect(plan.findIndex(([people, compute]) => (compute as number) > (people as number)) + 1).toBe(26);
    expect(plan.findIndex((row) => (row[3] as number) > 0.5) + 1).toBe(26);
  });

  it('costs a HEADCOUNT_PLAN column month by month (the model-sheet chain)', () => {
    const heads = headcountPlan(10, new Array(36).fill(2), 0.1, 3).map(([count]) => count);
    const plan = costPlan(heads, 180000, 20000, 1, 0, 0.04, 15000);
    expect(plan).toHaveLength(36);
    expect(plan[1][0]).toBeCloseTo(heads[1] * 15000 + (heads[1] - heads[0]) * 15000, 6);
    expect(sum(column(plan, 2))).toBeCloseTo(sum(column(plan, 0)) + sum(column(plan, 1)), 3);
  });
});
