import { compileDrivers } from '../../src/uncertainty/drivers';
import { ExpressionError } from '../../src/uncertainty/sandbox';

const base = { usage_growth: '0.5', price_change: '0', salary_growth: '0.03', uplift: '0.27' };

describe('compileDrivers', () => {
  it('orders each driver after the drivers it refers to, and knows which vary from draw to draw', () => {
    const drivers = compileDrivers({
      ...base,
      uplift: 'price_change * -0.5',
      price_change: 'uniform(-0.5, 0) * (1 + usage_growth)',
      salary_growth: 'usage_growth / 10',
    });
    if (drivers instanceof ExpressionError) throw drivers;
    const order = drivers.map((driver) => driver.name);
    expect(order.indexOf('usage_growth')).toBeLessThan(order.indexOf('price_change'));
    expect(order.indexOf('price_change')).toBeLessThan(order.indexOf('uplift'));
    expect(Object.fromEntries(drivers.map((driver) => [driver.name, driver.varies]))).toEqual({
      usage_growth: false,
      price_change: true,
      salary_growth: false,
      uplift: true, // through price_change
    });
  });

  it('accepts numbers as well as text', () => {
    const drivers = compileDrivers({ usage_growth: 1, price_change: -0.9, salary_growth: 0, uplift: 0.27 });
    expect(drivers).toHaveLength(4);
  });

  it.each([
    [{ usage_growth: 'usage_growth * 2' }, 'the drivers refer to each other in a circle: usage_growth → usage_growth'],
    [
      { usage_growth: 'uplift', uplift: 'salary_growth', salary_growth: 'usage_growth + 0.01' },
      'the drivers refer to each other in a circle: usage_growth → uplift → salary_growth → usage_growth',
    ],
    [
      { price_change: 'normal(-0.5, 0.2' },
      'price_change: cannot read the expression: Parenthesis ) expected (char 17)',
    ],
    [
      { uplift: 'headcount * 2' },
      'uplift: unknown name "headcount"; known names: compute_per_head, salary, loaded_cost, team_size, budget, horizon_months, usage_growth, price_change, salary_growth, uplift',
    ],
    [
      { salary_growth: ' ' },
      'salary_growth: the expression is empty: type a number, a distribution such as normal(1, 0.3), or an expression',
    ],
  ])('%j is refused: %s', (drivers, message) => {
    const result = compileDrivers({ ...base, ...drivers });
    expect(result).toBeInstanceOf(ExpressionError);
    expect((result as ExpressionError).message).toEqual(expect.stringContaining(message));
  });
});
