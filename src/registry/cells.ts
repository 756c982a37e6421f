import { HcError, isErrorCode, isHcError } from '../model/errors';
import { domainViolation } from './domain';
import type { ParamSpec } from './types';

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

/**
 * One cell of one argument → the value the model receives, or the error that cell causes.
 * Blank/omitted (null) means the default for optional parameters and 0 for required ones.
 */
export function coerceCell(raw: RawCell, param: ParamSpec): ArgValue | HcError {
  const error = inputErrorCode(raw);
  if (error) return passThrough(param.name, error.code, error.message);
  if (raw === null || raw === undefined) return param.default ?? (param.type === 'text' ? '' : 0);
  if (param.type === 'text') {
    if (typeof raw === 'string') return raw;
    if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
    return new HcError('#VALUE!', `${param.name} must be text`);
  }
  const value = typeof raw === 'object' ? basicNumber(raw) : raw;
  if (typeof value !== 'number') return new HcError('#VALUE!', `${param.name} must be a number`);
  if (!Number.isFinite(value)) return new HcError('#NUM!', `${param.name} must be a finite number`);
  const rule = param.domain && domainViolation(value, param.domain);
  return rule ? new HcError('#NUM!', `${param.name} must ${rule}`) : value;
}
