import { computeToSalary, loadedCost, tokenShare } from '../../src/model/compensation';
import { HcError } from '../../src/model/errors';

describe('tokenShare', () => {
  it('is one in five dollars for a $375k engineer with $100k of tokens (0.2105)', () => {
    expect(tokenShare(100000, 375000)).toBeCloseTo(0.2105263157894737, 15);
  });
  it('counts bonus and equity in the package', () => {
    expect(tokenShare(100000, 375000, 25000, 0)).toBeCloseTo(0.2, 15);
    expect(tokenShare(100000, 300000, 50000, 50000)).toBeCloseTo(0.2, 15);
  });
  it('is 1 when the package is all compute and #DIV/0! when it is empty', () => {
    expect(tokenShare(5, 0)).toBe(1);
    expect(tokenShare(0, 0)).toEqual(new HcError('#DIV/0!', 'the whole package is 0'));
  });
});

describe('computeToSalary', () => {
  it('is 0.5 for tokens worth half of salary; 2 when usage is twice salary', () => {
    expect(computeToSalary(125000, 250000)).toBe(0.5);
    expect(computeToSalary(500000, 250000)).toBe(2);
  });
  it('gives #DIV/0! naming salary when salary is 0', () => {
    expect(computeToSalary(1, 0)).toEqual(new HcError('#DIV/0!', 'salary is 0'));
  });
});

describe('loadedCost', () => {
  it('loads cash pay only: (salary + bonus) × (1 + load) + equity + other', () => {
    expect(loadedCost(375000, 0.3)).toBe(487500);
    expect(loadedCost(100000, 0.5, 20000, 30000, 4000)).toBe(214000);
  });
  it('is the salary itself with no load', () => {
    expect(loadedCost(150000)).toBe(150000);
  });
});
