import type { ErrorCode } from '../model/errors';
import { domainViolation } from '../registry/domain';
import type { Domain, FunctionSpec, ParamSpec } from '../registry/types';

/** Native formulas that evaluate to an error, for invalid input (any error is a faithful answer). */
export const NATIVE_VALUE_ERROR = 'VALUE("#")';
const NATIVE_NUM_ERROR = 'SQRT(-1)';

/** A native formula giving the same error code as an HC result, so a share-safe copy shows the same error. */
export function nativeError(code: ErrorCode): string {
  if (code === '#N/A') return 'NA()';
  if (code === '#NUM!') return NATIVE_NUM_ERROR;
  if (code === '#DIV/0!') return '(1/0)';
  return NATIVE_VALUE_ERROR;
}

/** Excel text literal: quotes doubled. */
export const textLiteral = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * An optional parameter whose default is text (e.g. BLENDED_PRICE's absent cached_price): its value
 * expression may be that text, which the native form handles, instead of a number.
 */
const absentText = (param: ParamSpec): string | undefined =>
  typeof param.default === 'string' ? textLiteral(param.default) : undefined;

/** The value expression of a parameter for an omitted argument or a blank cell. */
export function nativeDefault(param: ParamSpec): string {
  return absentText(param) ?? String(param.default ?? 0);
}

function domainConditions(value: string, domain: Domain): string[] {
  const conditions: string[] = [];
  if (domain.oneOf) conditions.push(`OR(${domain.oneOf.map((option) => `${value}=${option}`).join(',')})`);
  if (domain.min !== undefined) conditions.push(`${value}${domain.minExclusive ? '>' : '>='}${domain.min}`);
  if (domain.max !== undefined) conditions.push(`${value}${domain.maxExclusive ? '<' : '<='}${domain.max}`);
  if (domain.integer) conditions.push(`${value}=INT(${value})`);
  return conditions;
}

/** One element of a `column` argument: its native text, and whether it is a cell (blank reads as 0). */
export interface NativeElement {
  text: string;
  reference: boolean;
}

/** A table's output row with the elements of each `column` argument, month 1 first. */
export interface NativeTable {
  month: number;
  series: Readonly<Record<string, readonly NativeElement[]>>;
}

/** Excel's AND takes at most 255 arguments: longer lists are ANDs of ANDs. */
const AND_ARGUMENTS = 250;
function allOf(conditions: readonly string[]): string {
  if (conditions.length <= AND_ARGUMENTS) return `AND(${conditions.join(',')})`;
  const groups: string[] = [];
  for (let start = 0; start < conditions.length; start += AND_ARGUMENTS) {
    groups.push(allOf(conditions.slice(start, start + AND_ARGUMENTS)));
  }
  return allOf(groups);
}

/**
 * Checks of one element of a column argument, as the runner's readColumn: a blank cell is 0, anything
 * else a number inside the domain. A literal number is checked here, so long plans stay short.
 */
function elementChecks(element: NativeElement, domain: Domain | undefined): { number?: string; domain: string[] } {
  const literal = Number(element.text);
  if (element.text.trim() !== '' && Number.isFinite(literal)) {
    return { domain: domain && domainViolation(literal, domain) ? ['FALSE'] : [] };
  }
  const number = element.reference
    ? `OR(ISBLANK(${element.text}),ISNUMBER(${element.text}))`
    : `ISNUMBER(${element.text})`;
  return { number, domain: domain ? domainConditions(element.text, domain) : [] };
}

/**
 * One output cell of an HC call as native arithmetic, guarded like the runner: every argument must be
 * a number (else an error) inside its domain (else #NUM!), then the registry's native form.
 * `values` are the parameters' value expressions, defaults and blanks already applied, except for the
 * cells named in `blankAsZero`: read as they are (a blank is 0 in any arithmetic, as the runner reads it),
 * so only their guard accepts a blank. For a table result, `table` carries the output row and every
 * element of its column arguments.
 */
export function guardedNativeCall(
  spec: FunctionSpec,
  values: Readonly<Record<string, string>>,
  column: number,
  table?: NativeTable,
  blankAsZero: ReadonlySet<string> = new Set(),
): string {
  const numbers: string[] = [];
  const domains: string[] = [];
  for (const param of spec.params) {
    const series = table?.series[param.name];
    if (series) {
      for (const element of series) {
        const checks = elementChecks(element, param.domain);
        if (checks.number) numbers.push(checks.number);
        domains.push(...checks.domain);
      }
      continue;
    }
    if (param.kind === 'column') continue; // an omitted optional column: nothing to check
    // A text option (e.g. AFFORDABLE_HIRES's constraint) is no number: its native form checks it.
    if (param.type === 'text') continue;
    const absent = absentText(param);
    const value = values[param.name];
    if (blankAsZero.has(param.name)) numbers.push(`OR(ISBLANK(${value}),ISNUMBER(${value}))`);
    else numbers.push(absent ? `OR(ISNUMBER(${value}),${value}=${absent})` : `ISNUMBER(${value})`);
    if (!param.domain) continue;
    const conditions = domainConditions(value, param.domain);
    // Text is never compared with numbers: the absent default passes, the native form decides.
    domains.push(...(absent ? [`OR(NOT(ISNUMBER(${value})),AND(${conditions.join(',')}))`] : conditions));
  }
  const texts =
    table &&
    Object.fromEntries(Object.entries(table.series).map(([name, elements]) => [name, elements.map((e) => e.text)]));
  const body = spec.native!(values, column, table && { month: table.month, series: texts! });
  const inDomain = domains.length === 0 ? body : `IF(${allOf(domains)},${body},${NATIVE_NUM_ERROR})`;
  return numbers.length === 0 ? inDomain : `IF(${allOf(numbers)},${inDomain},${NATIVE_VALUE_ERROR})`;
}
