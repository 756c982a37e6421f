import type { ConfigParams, SerializedNamedExpression } from 'hyperformula';

export interface EngineOptions {
  /** The workbook counts dates from 1904-01-01 (`<workbookPr date1904="1"/>`). */
  date1904?: boolean;
}

/**
 * HyperFormula configured like Excel (en-US), following HyperFormula's "Compatibility with
 * Microsoft Excel" guide, with Excel's sheet size limits.
 */
export function engineConfig(options: EngineOptions = {}): Partial<ConfigParams> {
  return {
    // The free GPLv3 key: without a key HyperFormula refuses edits and named expressions.
    licenseKey: 'gpl-v3',
    useArrayArithmetic: true,
    ignoreWhiteSpace: 'any',
    evaluateNullToZero: true,
    accentSensitive: true,
    localeLang: 'en-US',
    dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY/MM/DD'],
    ...(options.date1904
      ? { leapYear1900: false, nullDate: { year: 1904, month: 1, day: 1 } }
      : { leapYear1900: true, nullDate: { year: 1899, month: 12, day: 31 } }),
    // HyperFormula rounds every exported number to precisionRounding + 1 significant digits; the
    // default 10 turns 0.2105263157894737 into 0.21052631579. 16 exports 17 digits, enough for any
    // double (its multiply-and-divide rounding may still move the last bit: ≤ 2.3e-16 relative).
    // Trade-off: floating-point noise is exported as is (0.1 + 0.2 → 0.30000000000000004), exactly
    // as Excel stores it in its files; showing 15 significant digits is the printer's job
    // (src/registry/format.ts). Comparisons keep smartRounding's tolerance, as Excel's do.
    precisionRounding: 16,
    smartRounding: true,
    maxRows: 1_048_576,
    maxColumns: 16_384,
  };
}

/** Excel has TRUE and FALSE as keywords; HyperFormula reads them as names unless defined. */
export const EXCEL_CONSTANTS: readonly SerializedNamedExpression[] = [
  { name: 'TRUE', expression: '=TRUE()' },
  { name: 'FALSE', expression: '=FALSE()' },
];
