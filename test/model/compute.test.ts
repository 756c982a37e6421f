import { computePerHead, tokensForBudget } from '../../src/model/compute';
import { HcError } from '../../src/model/errors';

describe('computePerHead', () => {
  it('is tokens/day × $/M ÷ 10⁶ × days', () => {
    expect(computePerHead(10_000_000, 10)).toBe(23000);
    expect(computePerHead(10_000_000, 10, 365)).toBe(36500);
  });
  it('is 0 for no usage', () => {
    expect(computePerHead(0, 10)).toBe(0);
  });
});

describe('tokensForBudget', () => {
  it('inverts computePerHead', () => {
    const tokens = tokensForBudget(23000, 10) as number;
    expect(tokens).toBeCloseTo(10_000_000, 6);
    expect(computePerHead(tokens, 10)).toBeCloseTo(23000, 9);
  });
  it('gives #DIV/0! for a zero price or zero days', () => {
    expect(tokensForBudget(1000, 0)).toEqual(new HcError('#DIV/0!', 'price_per_million is 0'));
    expect(tokensForBudget(1000, 10, 0)).toEqual(new HcError('#DIV/0!', 'days_per_year is 0'));
  });
});
