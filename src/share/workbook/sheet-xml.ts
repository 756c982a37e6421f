import { cellRef } from '../../xlsx/cell-ref';
import { encodeXml } from '../../xlsx/xml-text';

/** A cell of a sheet the share transform writes: text, a number, or a native formula (without `=`). */
export type NewCell = string | number | { formula: string } | null;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function cellXml(row: number, col: number, cell: NewCell): string {
  const r = cellRef({ row, col });
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') return `<c r="${r}"><v>${cell}</v></c>`;
  if (typeof cell === 'string')
    return `<c r="${r}" t="inlineStr"><is><t xml:space="preserve">${encodeXml(cell)}</t></is></c>`;
  // No cached value: the recalculation that follows the transform fills it in.
  return `<c r="${r}"><f>${encodeXml(cell.formula)}</f></c>`;
}

/**
 * A worksheet part from rows of cells. Text is written inline so that the shared string table (and
 * every existing cell that points into it) stays untouched; `drawingId` links a drawing (a chart).
 */
export function worksheetXml(
  rows: readonly (readonly NewCell[])[],
  columnWidths: readonly number[],
  drawingId?: string,
): string {
  const cols = columnWidths
    .map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const data = rows
    .map((cells, row) => {
      const xml = cells.map((cell, col) => cellXml(row, col, cell)).join('');
      return xml ? `<row r="${row + 1}">${xml}</row>` : '';
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${data}</sheetData>` +
    `${drawingId ? `<drawing r:id="${drawingId}"/>` : ''}</worksheet>`
  );
}
