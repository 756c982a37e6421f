import { HcError, isErrorCode, isHcError } from '../model/errors';
import { isoDateToSerial } from '../prices/dates';
import { modelPrice } from '../prices/lookup';
import { domainViolation } from './domain';
import type { FunctionSpec, ParamSpec } from './types';

/** A coerced argument value: what the model receives for one cell. */
export type ArgValue = number | string;

/** A value a host hands in for one cell: a number, text, a logical, null/undefined (blank or
 * omitted), an Excel data-type object, or an error value. */
export type RawCell = unknown;

/**
 * An error value arriving from an input cell, in any host's spelling: an `HcError`, Excel's
 * `CustomFunctions.Error` (`{code: '#DIV/0!'}`) or an Excel data-type error (`{type: 'Error', basicValue}`).
 */
export function inputErrorCode(raw: RawCell): { code: string; message?: string } | undefined {
  if (isHcError(raw)) return { code: raw.code, message: raw.message };
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  if (typeof record.code === 'string' && record.code.startsWith('#')) {
    return { code: record.code, message: typeof record.message === 'string' ? record.message : undefined };
  }
  if (record.type === 'Error' && typeof record.basicValue === 'string') return { code: record.basicValue };
  return undefined;
}

/** An input error comes back as the same code where a function may return it, else as #VALUE!. */
export function passThrough(param: string, code: string, message?: string): HcError {
  const detail = message ? `: ${message}` : '';
  return isErrorCode(code)
    ? new HcError(code, `${param} is ${code}${detail}`)
    : new HcError('#VALUE!', `${param} is ${code}, which a function cannot return${detail}`);
}

/** A data-type cell (entity, formatted number…) counts as its numeric `basicValue`. */
function basicNumber(raw: object): number | undefined {
  const basic = (raw as Record<string, unknown>).basicValue;
  return typeof basic === 'number' ? basic : undefined;
}

/** Parameters whose cells may name a model: their host must load the price catalogue first. */
export const needsCatalogue = (spec: FunctionSpec): boolean =>
  spec.params.some((param) => param.type === 'model' || param.type === 'price');

/** Text in a number's place: a model id in a `price` slot, a date in a `date` slot, else not a number. */
function textAsNumber(text: string, param: ParamSpec): number | string | HcError {
  // A default spelled out (as Excel wrappers pass omitted arguments, e.g. as_of "latest") is that default.
  if (typeof param.default === 'string' && text.trim().toLowerCase() === param.default) return param.default;
  if (param.type === 'price') {
    const price = modelPrice(text, param.priceOf ?? 'blended');
    return isHcError(price) ? new HcError(price.code, `${param.name}: ${price.message}`) : price;
  }
  if (param.type === 'date') {
    return (
      isoDateToSerial(text) ??
      new HcError('#VALUE!', `${param.name} must be a date: an Excel date or text like 2025-06-10`)
    );
  }
  return text;
}

/**
 * One cell of one argument → the value the model receives, or the error that cell causes.
 * Blank/omitted (null) means the default for optional parameters and 0 for required ones.
 */
export function coerceCell(raw: RawCell, param: ParamSpec): ArgValue | HcError {
  const error = inputErrorCode(raw);
  if (error) return passThrough(param.name, error.code, error.message);
  if (raw === null || raw === undefined) {
    if (param.default !== undefined) return param.default;
    // A blank required number is 0, and 0 must still lie inside the domain (e.g. an exponent > 0).
    return param.type === 'text' || param.type === 'model' ? '' : coerceCell(0, param);
  }
  if (param.type === 'text' || param.type === 'model') {
    if (typeof raw === 'string') return raw;
    // A number is never a model id; as an id or option it reads as its text.
    if (param.type === 'text' && typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
    return new HcError('#VALUE!', `${param.name} must be text`);
  }
  const value = typeof raw === 'object' ? basicNumber(raw) : typeof raw === 'string' ? textAsNumber(raw, param) : raw;
  if (isHcError(value) || (typeof value === 'string' && value === param.default)) return value;
  if (typeof value !== 'number') return new HcError('#VALUE!', `${param.name} must be a number`);
  if (!Number.isFinite(value)) return new HcError('#NUM!', `${param.name} must be a finite number`);
  const rule = param.domain && domainViolation(value, param.domain);
  return rule ? new HcError('#NUM!', `${param.name} must ${rule}`) : value;
}
