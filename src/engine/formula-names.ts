/**
 * Formula text as Excel writes it in a file → as the engine reads it:
 * - `_xldudf_HC_X`, `[1]!_xldudf_HC_X` → `HC.X`: Excel saves add-in (JavaScript custom) functions
 *   with the `_xldudf_` prefix and the namespace dot as `_`, sometimes behind an external-link
 *   index `[n]!`;
 * - `_xlfn.X`, `_xlfn._xlws.X` → `X`: native functions newer than Excel 2007 (SEQUENCE, FILTER…);
 * - `_xlpm.x` → `x`: LET/LAMBDA parameter names.
 * Text in string literals and quoted sheet names is left as it is.
 */
export function normaliseFormula(formula: string): string {
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|[^"']+/g,
    (part, quoted: string | undefined) => quoted ?? normaliseNames(part),
  );
}

const normaliseNames = (code: string): string =>
  code
    .replace(/(?:\[\d+\]!)?\b_xldudf_HC_(?=\w)/gi, 'HC.')
    .replace(/\b_xlfn\.(?:_xlws\.)?/gi, '')
    .replace(/\b_xlpm\./gi, '');
