import { isHcError } from '../../model/errors';
import type { OutputCell } from '../../registry';
import type { MeasureFormat } from './measures';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const multiple = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** A result as the panel shows it; an error shows its code and the function's message. */
export function displayResult(value: OutputCell, format: MeasureFormat): string {
  if (isHcError(value)) return `${value.code} ${value.message}`;
  switch (format) {
    case 'money':
      return money.format(value);
    case 'percent':
      return percent.format(value);
    case 'multiple':
      return `${multiple.format(value)}×`;
    case 'heads':
      return `${decimal.format(value)} engineers`;
    case 'months':
      return `${decimal.format(value)} months`;
  }
}

/** Money in compact form for chart axes: $120k, $1.2M. */
export const compactMoney = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
