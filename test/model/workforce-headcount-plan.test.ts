import fc from 'fast-check';
import { headcountPlan } from '../../src/model/workforce-headcount-plan';

/**
 * The HR rule written out cohort by cohort, as the TSDoc states it: each month the opening team and
 * every cohort with at least max(1, ramp) months of tenure keep 1 − attrition ÷ 12 of their heads,
 * then the month's hires join whole; a cohort counts min(1, tenure ÷ ramp) of a productive head.
 */
function cohortByCohort(start: number, hires: readonly number[], attrition: number, ramp: number): number[][] {
  const keep = 1 - attrition / 12;
  let team = start;
  const cohorts: { month: number; size: number }[] = [];
  return hires.map((hired, index) => {
    const month = index + 1;
    team *= keep;
    for (const cohort of cohorts) if (month - cohort.month >= Math.max(1, ramp)) cohort.size *= keep;
    cohorts.push({ month, size: hired });
    const share = (cohort: { month: number }) => (ramp === 0 ? 1 : Math.min(1, (month - cohort.month + 1) / ramp));
    return [
      team + cohorts.reduce((sum, cohort) => sum + cohort.size, 0),
      team + cohorts.reduce((sum, cohort) => sum + cohort.size * share(cohort), 0),
    ];
  });
}

const close = (actual: number[][], expected: number[][]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, r) =>
    row.forEach((value, c) =>
      expect(Math.abs(value - expected[r][c])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected[r][c]))),
    ),
  );
};

describe('headcountPlan', () => {
  it('follows heads_k = heads_{k−1} × (1 − attrition ÷ 12) + hires_k when there is no ramp', () => {
    const plan = headcountPlan(100, [5, 0, 10], 0.12);
    expect(plan[0][0]).toBeCloseTo(104, 12);
    expect(plan[1][0]).toBeCloseTo(104 * 0.99, 12);
    expect(plan[2][0]).toBeCloseTo(104 * 0.99 * 0.99 + 10, 12);
    plan.forEach(([heads, productive]) => expect(productive).toBe(heads));
  });

  it('with a 1-month ramp is the same recurrence: a hire ramps within its joining month', () => {
    expect(headcountPlan(40, [3, 1, 4, 1, 5], 0.2, 1)).toEqual(headcountPlan(40, [3, 1, 4, 1, 5], 0.2, 0));
  });

  it('keeps hires still ramping whole: a month-1 cohort with a 3-month ramp starts leaving in month 4', () => {
    const plan = headcountPlan(0, [12, 0, 0, 0, 0], 0.12, 3);
    expect(plan.map(([heads]) => heads)).toEqual([12, 12, 12, 12 * 0.99, 12 * 0.99 * 0.99]);
    expect(plan.map(([, productive]) => productive)).toEqual([4, 8, 12, 12 * 0.99, 12 * 0.99 * 0.99]);
  });

  it('counts a hire of month j as min(1, (k − j + 1) ÷ ramp) of a productive head', () => {
    expect(headcountPlan(0, [6, 0, 0, 0, 0], 0, 4).map(([, productive]) => productive)).toEqual([1.5, 3, 4.5, 6, 6]);
    expect(headcountPlan(0, [3, 0, 0], 0, 1.5).map(([, productive]) => productive)).toEqual([2, 3, 3]);
  });

  it('settles to a ramp gap of hires × (ramp − 1) ÷ 2 heads under a steady hiring plan', () => {
    const plan = headcountPlan(25, new Array(24).fill(4), 0.15, 6);
    for (const [heads, productive] of plan.slice(6)) expect(heads - productive).toBeCloseTo((4 * 5) / 2, 9);
  });

  it('a ramp longer than the plan protects every hire for the whole plan', () => {
    // Only the opening team decays; the hires are whole and (nearly) nothing of them is productive yet.
    close(headcountPlan(10, [2, 2, 2], 0.12, 1e300), [
      [9.9 + 2, 9.9],
      [9.801 + 4, 9.801],
      [9.70299 + 6, 9.70299],
    ]);
  });

  it('is linear in the opening team and the hires, the property AFFORDABLE_HIRES rests on', () => {
    const hires = [1, 2, 3, 5, 8, 13, 21];
    const both = headcountPlan(
      30,
      hires.map((h) => 2 * h),
      0.1,
      3,
    );
    const team = headcountPlan(
      30,
      hires.map(() => 0),
      0.1,
      3,
    );
    const hiring = headcountPlan(0, hires, 0.1, 3);
    close(
      both,
      team.map((row, r) => row.map((value, c) => value + 2 * hiring[r][c])),
    );
  });

  it('agrees with the cohort-by-cohort rule for any plan, ramp and attrition', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 20, noNaN: true })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 80, noNaN: true })),
        (start, hires, attrition, ramp) =>
          close(headcountPlan(start, hires, attrition, ramp), cohortByCohort(start, hires, attrition, ramp)),
      ),
      { numRuns: 500 },
    );
  });

  it('runs in one pass: a 100,000-month plan with a 50,000-month ramp matches the rule at its end', () => {
    const hires = new Array(100_000).fill(1);
    const plan = headcountPlan(0, hires, 0, 50_000);
    expect(plan[99_999][0]).toBe(100_000);
    // 50,000 cohorts fully ramped + the ramping ones at tenure 1…49,999 ÷ 50,000.
    expect(plan[99_999][1]).toBeCloseTo(50_001 + (49_999 * 50_000) / 2 / 50_000, 6);
  });
});
