/** Day 0 of Excel's 1900 date system as used since 1900-03-01 (serial 61): 1899-12-30. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An Excel date serial → the UTC instant of that day's start. */
export const serialToDate = (serial: number): Date => new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);

/** A UTC date → its Excel date serial. */
export const dateToSerial = (date: Date): number => Math.floor((date.getTime() - EXCEL_EPOCH_MS) / DAY_MS);

/** An ISO calendar date (YYYY-MM-DD) → its Excel serial; undefined for anything else or an impossible day. */
export function isoDateToSerial(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? dateToSerial(date) : undefined;
}

/** A UTC date as YYYY-MM-DD. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
