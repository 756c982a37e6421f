import { foregoneWealth } from '../../src/model/wealth';

/** Excel's FV(rate, nper, pmt, 0, type), written out year by year. */
function futureValueByYear(rate: number, years: number, payment: number, type: 0 | 1): number {
  let balance = 0;
  for (let year = 0; year < years; year++) {
    if (type === 1) balance += payment;
    balance *= 1 + rate;
    if (type === 0) balance += payment;
  }
  return balance;
}

describe('foregoneWealth', () => {
  it('equals FV paid at year end and at year start', () => {
    expect(foregoneWealth(100000, 4, 0.07)).toBeCloseTo(443994.3, 2);
    expect(foregoneWealth(100000, 4, 0.07, 1)).toBeCloseTo(475073.9, 1);
    expect(foregoneWealth(100000, 10, 0.05, 0)).toBeCloseTo(futureValueByYear(0.05, 10, 100000, 0), 6);
    expect(foregoneWealth(100000, 10, 0.05, 1)).toBeCloseTo(futureValueByYear(0.05, 10, 100000, 1), 6);
  });
  it('taxes the cash before it is invested', () => {
    expect(foregoneWealth(100000, 4, 0.07, 0, 0.4)).toBeCloseTo(443994.3 * 0.6, 1);
  });
  it('is amount × years at a zero return, and continuous for tiny returns', () => {
    expect(foregoneWealth(100000, 4, 0)).toBe(400000);
    expect(foregoneWealth(100000, 4, 1e-9)).toBeCloseTo(400000, 1);
    expect(foregoneWealth(100000, 4, 1e-13)).toBeCloseTo(400000, 6);
    expect(foregoneWealth(100000, 30, -1e-7)).toBeCloseTo(futureValueByYear(-1e-7, 30, 100000, 0), 6);
  });
});
