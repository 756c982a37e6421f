import { isHcError } from '../../model/errors';
import { coerceCell } from '../../registry/cells';
import { formatNumber } from '../../registry/format';
import type { FieldSpec } from './inputs';

export type FieldCheck = { ok: true; value: number } | { ok: false; reason: string };

/** Thousands separators, currency signs and spaces are how people type money; they carry no value. */
const DECORATION = /[\s,$_]/g;

/**
 * What the analyst typed → the number the functions receive, or the reason it is refused. The
 * reason is the HC function's own message (the registry's coercion and domain), so the panel and a
 * cell say the same: "salary must be ≥ 0". "15%" means 0.15, as in Excel.
 */
export function checkField(field: Pick<FieldSpec, 'param'>, text: string): FieldCheck {
  const trimmed = text.replace(DECORATION, '');
  if (trimmed === '') {
    if (field.param.default !== undefined) return { ok: true, value: Number(field.param.default) };
    return { ok: false, reason: `${field.param.name} is required` };
  }
  const percent = trimmed.endsWith('%');
  const digits = percent ? trimmed.slice(0, -1) : trimmed;
  // Number('') and Number('0x10') accept what an analyst would not mean: only plain decimals count.
  const parsed = /^[+-−]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(digits) ? Number(digits.replace('−', '-')) : NaN;
  const raw = Number.isNaN(parsed) ? text : percent ? parsed / 100 : parsed;
  const value = coerceCell(raw, field.param);
  if (isHcError(value)) return { ok: false, reason: value.message };
  return { ok: true, value: value as number };
}

/** A value as the form shows it: percentages for rates, grouped digits for the rest. */
export function formatFieldValue(field: Pick<FieldSpec, 'percent'>, value: number): string {
  if (field.percent) return `${formatNumber(value * 100)}%`;
  return Number(formatNumber(value)).toLocaleString('en-US', { maximumFractionDigits: 12 });
}
