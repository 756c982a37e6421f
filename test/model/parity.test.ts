import { HcError } from '../../src/model/errors';
import { monthsToParity } from '../../src/model/parity';
import { computeRunRate } from '../../src/model/runrate';

describe('monthsToParity', () => {
  it('is 12 months when half-of-salary compute doubles yearly', () => {
    expect(monthsToParity(125000, 250000, 1)).toBeCloseTo(12, 12);
  });
  it('is 0 when compute already reaches salary (including equal)', () => {
    expect(monthsToParity(300000, 250000, 1)).toBe(0);
    expect(monthsToParity(250000, 250000, -0.5)).toBe(0);
  });
  it('nets usage growth, price change and salary growth', () => {
    expect(monthsToParity(100000, 375000, 0.5, 0, 0.03)).toBeCloseTo((12 * Math.log(3.75)) / Math.log(1.5 / 1.03), 10);
    // usage ×10 and price ÷2 a year is ×5; from 1/5 of salary that takes exactly a year
    expect(monthsToParity(50000, 250000, 9, -0.5)).toBeCloseTo(12, 10);
  });
  it('lands where the run-rate projection meets salary', () => {
    const months = monthsToParity(100000, 375000, 0.5) as number;
    expect(computeRunRate(100000, 0.5, months)).toBeCloseTo(375000, 6);
  });
  it('is #N/A never when compute does not outgrow salary or is 0', () => {
    expect(monthsToParity(100000, 375000, 0.03, 0, 0.05)).toEqual(
      new HcError('#N/A', 'never: compute does not grow faster than salary'),
    );
    expect(monthsToParity(100000, 375000, 0.05, 0, 0.05)).toEqual(
      new HcError('#N/A', 'never: compute does not grow faster than salary'),
    );
    expect(monthsToParity(0, 375000, 1)).toEqual(new HcError('#N/A', 'never: compute_per_head is 0'));
  });
});
