/** A1-style references as they appear in formula text: `A1`, `$B$2:C10`, `Sheet1!A1:B2`, `'My sheet'!A1`. */
const CELL = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
const REFERENCE = new RegExp(String.raw`^(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?${CELL}(?::${CELL})?$`, 'i');
const WHOLE_LINES = /^(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(?:\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)$/i;

export type Shape = readonly [rows: number, columns: number];

/** The 1-based column number of letters such as `A`, `AA`. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

/** The shape of a reference token, or undefined when the token is not an A1 reference. */
export function referenceShape(token: string): Shape | undefined {
  const match = REFERENCE.exec(token);
  if (!match) return undefined;
  const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = match;
  return [
    Math.abs(Number(lastRow) - Number(firstRow)) + 1,
    Math.abs(columnNumber(lastColumn) - columnNumber(firstColumn)) + 1,
  ];
}

/** Whole columns or rows (`A:A`, `3:3`): too large to translate cell by cell. */
export const isWholeLines = (token: string): boolean => WHOLE_LINES.test(token);

/** The single cell at (row, column), 1-based, of an A1 range such as `Sheet1!$A$1:B3`: `Sheet1!A1`-style. */
export function cellOfRange(range: string, row: number, column: number): string | undefined {
  const bang = range.lastIndexOf('!');
  const prefix = bang < 0 ? '' : range.slice(0, bang + 1);
  const match = new RegExp(`^${CELL}(?::${CELL})?$`, 'i').exec(range.slice(bang + 1));
  if (!match) return undefined;
  const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = match;
  const left = Math.min(columnNumber(firstColumn), columnNumber(lastColumn)) + column - 1;
  const top = Math.min(Number(firstRow), Number(lastRow)) + row - 1;
  return `${prefix}${columnLetters(left)}${top}`;
}

/** Column letters of a 1-based column number: 1 → `A`, 27 → `AA`. */
function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
