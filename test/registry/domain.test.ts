import { describeDomain, domainViolation, DOMAINS } from '../../src/registry/domain';

describe('domain messages', () => {
  it.each([
    [DOMAINS.money, '≥ 0'],
    [DOMAINS.growth, '> -1'],
    [DOMAINS.share, 'between 0 and 1'],
    [DOMAINS.days, 'between 0 and 366'],
    [DOMAINS.month, 'a whole number ≥ 0'],
    [DOMAINS.exponent, '> 0'],
    [DOMAINS.timing, '0 or 1'],
    [{ min: 0, maxExclusive: true, max: 1 }, '≥ 0 and < 1'],
  ])('%o reads "%s"', (domain, text) => {
    expect(describeDomain(domain)).toBe(text);
  });

  it('flags values just outside and accepts the edges', () => {
    expect(domainViolation(-1e-300, DOMAINS.money)).toBe('be ≥ 0');
    expect(domainViolation(0, DOMAINS.money)).toBeUndefined();
    expect(domainViolation(-1, DOMAINS.growth)).toBe('be > -1');
    expect(domainViolation(-0.999, DOMAINS.growth)).toBeUndefined();
    expect(domainViolation(366, DOMAINS.days)).toBeUndefined();
    expect(domainViolation(366.5, DOMAINS.days)).toBe('be between 0 and 366');
    expect(domainViolation(2.5, DOMAINS.month)).toBe('be a whole number ≥ 0');
    expect(domainViolation(0.5, DOMAINS.timing)).toBe('be 0 or 1');
  });
});
