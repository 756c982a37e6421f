import { fieldOf } from '../../src/taskpane/planner/inputs';
import { checkField, formatFieldValue } from '../../src/taskpane/planner/validation';

describe('fields are checked with the registry domains, in the functions’ words', () => {
  test.each([
    ['salary', '375,000', { ok: true, value: 375000 }],
    ['salary', '$375000', { ok: true, value: 375000 }],
    ['salary', '-1', { ok: false, reason: 'salary must be ≥ 0' }],
    ['salary', 'abc', { ok: false, reason: 'salary must be a number' }],
    ['salary', '0x10', { ok: false, reason: 'salary must be a number' }],
    ['salary', '', { ok: false, reason: 'salary is required' }],
    ['bonus', '', { ok: true, value: 0 }],
    ['loadRate', '30%', { ok: true, value: 0.3 }],
    ['loadRate', '0.3', { ok: true, value: 0.3 }],
    ['usageGrowth', '-100%', { ok: false, reason: 'usage_growth must be > -1' }],
    ['priceChange', '−90%', { ok: true, value: -0.9 }],
    ['daysPerYear', '367', { ok: false, reason: 'days_per_year must be between 0 and 366' }],
    ['daysPerYear', '', { ok: true, value: 230 }],
    ['taxRate', '120%', { ok: false, reason: 'tax_rate must be between 0 and 1' }],
    ['teamSize', '2.5', { ok: false, reason: 'team_size must be a whole number ≥ 1' }],
    ['horizonMonths', '241', { ok: false, reason: 'horizon_months must be a whole number between 1 and 240' }],
    ['tokensPerDay', '1e8', { ok: true, value: 100000000 }],
  ] as const)('%s "%s"', (key, text, expected) => {
    expect(checkField(fieldOf(key), text)).toEqual(expected);
  });

  test('the form shows rates as percentages and money with separators, and reads them back', () => {
    expect(formatFieldValue(fieldOf('loadRate'), 0.15)).toBe('15%');
    expect(formatFieldValue(fieldOf('priceChange'), -0.9)).toBe('-90%');
    expect(formatFieldValue(fieldOf('salary'), 375000)).toBe('375,000');
    for (const [key, value] of [
      ['loadRate', 0.07],
      ['salary', 123456.78],
      ['usageGrowth', 9],
    ] as const) {
      expect(checkField(fieldOf(key), formatFieldValue(fieldOf(key), value))).toEqual({ ok: true, value });
    }
  });
});
