import { HcError } from '../../src/model/errors';
import { breakevenHeadcount, breakevenUplift, effectiveHeadcount } from '../../src/model/headcount';

describe('breakevenHeadcount', () => {
  it('divides the budget by people plus compute per head, unrounded', () => {
    expect(breakevenHeadcount(10_000_000, 100000, 375000)).toBeCloseTo(21.052631578947366, 12);
    expect(breakevenHeadcount(10_000_000, 100000, 487500)).toBeCloseTo(17.02127659574468, 12);
  });
  it('gives #DIV/0! when a head costs nothing', () => {
    expect(breakevenHeadcount(1, 0, 0)).toEqual(new HcError('#DIV/0!', 'cost_per_head + compute_per_head is 0'));
  });
});

describe('breakevenUplift', () => {
  it('is compute ÷ cost', () => {
    expect(breakevenUplift(100000, 375000)).toBeCloseTo(0.26666666666666666, 15);
  });
  it('gives #DIV/0! for zero cost', () => {
    expect(breakevenUplift(1, 0)).toEqual(new HcError('#DIV/0!', 'cost_per_head is 0'));
  });
});

describe('effectiveHeadcount', () => {
  it('scales breakeven heads by 1 + uplift', () => {
    expect(effectiveHeadcount(10_000_000, 100000, 375000, 0.5)).toBeCloseTo(31.57894736842105, 12);
    expect(effectiveHeadcount(10_000_000, 100000, 375000, -0.16)).toBeCloseTo((10_000_000 / 475000) * 0.84, 12);
  });
  it('passes the division error through', () => {
    expect(effectiveHeadcount(1, 0, 0, 0.5)).toEqual(new HcError('#DIV/0!', 'cost_per_head + compute_per_head is 0'));
  });
  it('equals heads exactly at the breakeven uplift: the compute pays for itself', () => {
    const uplift = breakevenUplift(100000, 375000) as number;
    const unassisted = 10_000_000 / 375000;
    expect(effectiveHeadcount(10_000_000, 100000, 375000, uplift)).toBeCloseTo(unassisted, 10);
  });
});
