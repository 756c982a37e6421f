import { percentileByRank, percentileOfSorted } from '../../src/model/percentile';

describe('percentiles as PERCENTILE.INC', () => {
  // Excel: =PERCENTILE.INC({1,2,3,4,5,6,7,8,9,10}, 0.1) = 1.9; 0.5 → 5.5; 0.9 → 9.1
  const tens = Float64Array.from({ length: 10 }, (_, i) => i + 1);

  it.each([
    [0.1, 1.9],
    [0.5, 5.5],
    [0.9, 9.1],
    [0, 1],
    [1, 10],
  ])('P%p of 1…10 is %p', (p, expected) => {
    expect(percentileOfSorted(tens, p)).toBeCloseTo(expected, 12);
  });

  it('of one value is that value', () => {
    expect(percentileOfSorted([7], 0.9)).toBe(7);
  });

  it('is never (+Infinity) as soon as it touches a draw that never happens, and finite before', () => {
    const withNever = [1, 2, 3, 4, 5, 6, 7, 8, 9, Infinity]; // rank of P90 = 8.1: between 9 and never
    expect(percentileOfSorted(withNever, 0.9)).toBe(Infinity);
    expect(percentileOfSorted(withNever, 0.8)).toBeCloseTo(8.2, 12);
    expect(percentileOfSorted([1, 2, Infinity], 1)).toBe(Infinity);
    expect(percentileOfSorted([1, 2, Infinity], 0.5)).toBe(2); // exactly on a finite rank
  });

  it('reads only the two ranks it needs', () => {
    const read: number[] = [];
    const value = percentileByRank(1001, (rank) => (read.push(rank), rank * 2), 0.9);
    expect(value).toBe(1800);
    expect(read).toEqual([900]);
    percentileByRank(1000, (rank) => (read.push(rank), rank), 0.9);
    expect(read.slice(1)).toEqual([899, 900]);
  });
});
