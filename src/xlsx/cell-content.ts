import type { RawCellContent } from 'hyperformula';
import type { SheetCell } from './sheet-scan';

const MS_PER_DAY = 86_400_000;
/** Serial numbers of 1970-01-01 in Excel's 1900 and 1904 date systems. */
const UNIX_EPOCH_SERIAL = { 1900: 25_569, 1904: 24_107 };

/**
 * A stored (non-formula) cell as the engine's input. Text always gets HyperFormula's `'` prefix
 * so that text such as `=1+1`, `123` or `1/2/2025` stays text, as it was in Excel.
 */
export function storedContent(cell: SheetCell, sharedStrings: readonly string[], date1904: boolean): RawCellContent {
  const value = cell.value;
  switch (cell.type) {
    case 's':
      return value === undefined ? undefined : `'${sharedStrings[Number(value)] ?? ''}`;
    case 'inlineStr':
      return `'${cell.inlineText ?? ''}`;
    case 'str':
      return `'${value ?? ''}`;
    case 'b':
      return value === undefined ? undefined : value === '1' || value === 'true';
    case 'e':
      // HyperFormula reads Excel's error literals as errors; ones it lacks (#NULL!, #CALC!…) stay text.
      return value;
    case 'd': {
      // ISO 8601 dates (strict OOXML) as Excel's serial numbers.
      if (value === undefined) return undefined;
      const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) || !value.includes('T') ? value : `${value}Z`);
      return Number.isNaN(time) ? `'${value}` : time / MS_PER_DAY + UNIX_EPOCH_SERIAL[date1904 ? 1904 : 1900];
    }
    default:
      return value === undefined || value === '' ? undefined : Number(value);
  }
}
