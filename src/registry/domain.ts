import type { Domain } from './types';

/** Reusable domains: the rules of the catalogue, named once. */
export const DOMAINS = {
  money: { min: 0 },
  count: { min: 0 },
  rate: { min: 0 },
  share: { min: 0, max: 1 },
  growth: { min: -1, minExclusive: true },
  days: { min: 0, max: 366 },
  month: { min: 0, integer: true },
  duration: { min: 0 },
  exponent: { min: 0, minExclusive: true },
  timing: { oneOf: [0, 1] },
} as const satisfies Record<string, Domain>;

/** The rule a value breaks, as the end of "x must …", or undefined when it is inside the domain. */
export function domainViolation(value: number, domain: Domain): string | undefined {
  if (domain.oneOf && !domain.oneOf.includes(value)) return `be ${domain.oneOf.join(' or ')}`;
  const belowMin = domain.min !== undefined && (domain.minExclusive ? value <= domain.min : value < domain.min);
  const aboveMax = domain.max !== undefined && (domain.maxExclusive ? value >= domain.max : value > domain.max);
  const notWhole = domain.integer === true && !Number.isInteger(value);
  if (!belowMin && !aboveMax && !notWhole) return undefined;
  return `be ${describeDomain(domain)}`;
}

/** Human text of a domain: "≥ 0", "> -1", "between 0 and 1", "a whole number ≥ 0". */
export function describeDomain(domain: Domain): string {
  if (domain.oneOf) return domain.oneOf.join(' or ');
  const lower = domain.min === undefined ? undefined : `${domain.minExclusive ? '>' : '≥'} ${domain.min}`;
  const upper = domain.max === undefined ? undefined : `${domain.maxExclusive ? '<' : '≤'} ${domain.max}`;
  const range =
    lower && upper && !domain.minExclusive && !domain.maxExclusive
      ? `between ${domain.min} and ${domain.max}`
      : [lower, upper].filter(Boolean).join(' and ');
  return domain.integer ? `a whole number ${range}`.trim() : range;
}
