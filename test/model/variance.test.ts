import { spendVariance } from '../../src/model/variance';

describe('spendVariance', () => {
  it('splits the spend difference into volume and price', () => {
    expect(spendVariance(1e9, 3, 1.5e9, 2.5)).toEqual([1500, -750]);
  });
  it('sums to actual − plan spend', () => {
    const [volume, price] = spendVariance(2.4e9, 4.2, 1.9e9, 5.1);
    expect(volume + price).toBeCloseTo((1.9e9 * 5.1 - 2.4e9 * 4.2) / 1e6, 9);
  });
});
