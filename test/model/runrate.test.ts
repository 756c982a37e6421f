import { HcError } from '../../src/model/errors';
import { budgetRunoutMonth, computeRunRate, computeSpend } from '../../src/model/runrate';

describe('computeRunRate', () => {
  it('compounds smoothly by month', () => {
    expect(computeRunRate(100000, 1, 0)).toBe(100000);
    expect(computeRunRate(100000, 1, 12)).toBeCloseTo(200000, 8);
    expect(computeRunRate(100000, 1, 6)).toBeCloseTo(100000 * Math.SQRT2, 8);
    expect(computeRunRate(100000, 1, 24, -0.5)).toBeCloseTo(100000, 8);
  });
});

describe('computeSpend', () => {
  it('integrates the growing run-rate', () => {
    expect(computeSpend(100000, 1, 12)).toBeCloseTo(144269.5040888963, 8);
    expect(computeSpend(100000, 9, 12)).toBeCloseTo((100000 * 9) / Math.LN10, 6);
  });
  it('is run-rate × months ÷ 12 without growth, and continuous near zero growth (to the precision native formulas have)', () => {
    expect(computeSpend(120000, 0, 5)).toBe(50000);
    expect(computeSpend(120000, 1e-9, 5)).toBeCloseTo(50000, 1);
    expect(computeSpend(120000, 0.1, 12, -1 / 11)).toBeCloseTo(120000, 6);
  });
  it('stays exact when growth and price cuts cancel to within an ulp (usage ×10, price ÷10)', () => {
    expect(computeSpend(100000, 9, 1, -0.9)).toBeCloseTo(100000 / 12, 6);
    expect(computeSpend(100000, 9, 24, -0.9)).toBeCloseTo(200000, 6);
  });
  it('agrees across the switch between series and closed form', () => {
    for (const x of [0.99999e-4, 1.00001e-4]) {
      const exact = (100000 * Math.expm1(x)) / x;
      expect(Math.abs(computeSpend(100000, Math.expm1(x), 12) - exact) / exact).toBeLessThan(1e-11);
    }
  });
  it('is the limit of month-by-month sums', () => {
    const steps = 12 * 400;
    let sum = 0;
    for (let i = 0; i < steps; i++) sum += (computeRunRate(100000, 1, (12 * (i + 0.5)) / steps) * 1) / steps;
    expect(computeSpend(100000, 1, 12)).toBeCloseTo(sum, 2);
  });
});

describe('budgetRunoutMonth', () => {
  it("spends a year's budget in about six months when usage grows 10× a year", () => {
    expect(budgetRunoutMonth(1_000_000, 1_000_000, 9)).toBeCloseTo(6.2262, 4);
  });
  it('inverts computeSpend', () => {
    const months = budgetRunoutMonth(500000, 200000, 1.5, -0.2) as number;
    expect(computeSpend(200000, 1.5, months, -0.2)).toBeCloseTo(500000, 6);
  });
  it('is exact when growth and price cuts cancel (usage ×10, price ÷10)', () => {
    expect(budgetRunoutMonth(100000, 100000, 9, -0.9)).toBeCloseTo(12, 9);
  });
  it('is budget ÷ run-rate × 12 without growth; 0 for no budget', () => {
    expect(budgetRunoutMonth(50000, 100000, 0)).toBe(6);
    expect(budgetRunoutMonth(0, 100000, 1)).toBe(0);
  });
  it('shrinking spend may never use the budget up', () => {
    // total spend ever = run-rate ÷ -ln G = 100000 ÷ ln 2 ≈ 144,270
    expect(budgetRunoutMonth(150000, 100000, -0.5)).toEqual(
      new HcError('#N/A', 'never: spend shrinks and converges below the budget'),
    );
    expect(budgetRunoutMonth(140000, 100000, -0.5)).toBeGreaterThan(0);
    expect(budgetRunoutMonth(1, 0, 1)).toEqual(new HcError('#N/A', 'never: annual_run_rate is 0, so nothing is spent'));
  });
});
