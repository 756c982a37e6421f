import type { Domain, FunctionSpec } from '../registry/types';

/** Native formulas that evaluate to an error, for invalid input (any error is a faithful answer). */
export const NATIVE_VALUE_ERROR = 'VALUE("#")';
const NATIVE_NUM_ERROR = 'SQRT(-1)';

function domainConditions(value: string, domain: Domain): string[] {
  const conditions: string[] = [];
  if (domain.oneOf) conditions.push(`OR(${domain.oneOf.map((option) => `${value}=${option}`).join(',')})`);
  if (domain.min !== undefined) conditions.push(`${value}${domain.minExclusive ? '>' : '>='}${domain.min}`);
  if (domain.max !== undefined) conditions.push(`${value}${domain.maxExclusive ? '<' : '<='}${domain.max}`);
  if (domain.integer) conditions.push(`${value}=INT(${value})`);
  return conditions;
}

/**
 * One output cell of an HC call as native arithmetic, guarded like the runner: every argument must be
 * a number (else an error) inside its domain (else #NUM!), then the registry's native form.
 * `values` are the parameters' value expressions, defaults and blanks already applied.
 */
export function guardedNativeCall(
  spec: FunctionSpec,
  values: Readonly<Record<string, string>>,
  column: number,
): string {
  const body = spec.native!(values, column);
  const numbers = spec.params.map((param) => `ISNUMBER(${values[param.name]})`);
  const domains = spec.params.flatMap((param) =>
    param.domain ? domainConditions(values[param.name], param.domain) : [],
  );
  const inDomain = domains.length === 0 ? body : `IF(AND(${domains.join(',')}),${body},${NATIVE_NUM_ERROR})`;
  return `IF(AND(${numbers.join(',')}),${inDomain},${NATIVE_VALUE_ERROR})`;
}
