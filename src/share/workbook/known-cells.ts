import { parseCellRef } from '../../xlsx/cell-ref';
import { storedContent } from '../../xlsx/cell-content';
import type { ScannedSheet } from '../../xlsx/sheet-scan';
import type { WorkbookParts } from '../../xlsx/workbook-parts';

/** `'My sheet'!$B$2` → the sheet (quotes undone) and the cell; a bare `B2` has no sheet. */
function splitReference(reference: string): { sheet?: string; cell: string } {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return { cell: reference };
  const sheet = reference
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { sheet, cell: reference.slice(bang + 1) };
}

/**
 * The constants stored in a workbook's cells, for a translator's `cellValue`: a single-cell reference
 * (`B2` on the sheet being translated, `'Plan inputs'!$B$2`, or a defined name over one cell) → its
 * number, text or logical, null when blank. Formula cells and errors are unknown (undefined): a value
 * frozen into the copy must not depend on anything the copy recomputes.
 */
export class KnownCells {
  /** The sheet whose formulas are being translated: bare references are on it. */
  currentSheet = '';
  private readonly sheets = new Map<string, Map<string, unknown>>();

  constructor(
    sheets: readonly { name: string; scan: ScannedSheet }[],
    private readonly parts: Pick<WorkbookParts, 'sharedStrings' | 'date1904' | 'names' | 'sheets'>,
  ) {
    for (const { name, scan } of sheets) {
      const values = new Map<string, unknown>();
      for (const cell of scan.cells) {
        const key = `${cell.row},${cell.col}`;
        if (cell.formula || cell.type === 'e') {
          values.set(key, undefined);
          continue;
        }
        const content = storedContent(cell, parts.sharedStrings, parts.date1904);
        values.set(key, typeof content === 'string' ? content.replace(/^'/, '') : (content ?? null));
      }
      this.sheets.set(name.toLowerCase(), values);
    }
  }

  readonly cellValue = (reference: string): unknown => {
    const named = this.namedCell(reference);
    const { sheet = this.currentSheet, cell } = splitReference(named ?? reference);
    const position = parseCellRef(cell);
    const values = this.sheets.get(sheet.toLowerCase());
    if (!position || !values) return undefined;
    const key = `${position.row},${position.col}`;
    return values.has(key) ? values.get(key) : null;
  };

  /** The reference a defined name stands for: the one scoped to the current sheet, else the workbook's. */
  private namedCell(reference: string): string | undefined {
    const lower = reference.toLowerCase();
    const current = this.parts.sheets.findIndex(
      (sheet) => sheet.name.toLowerCase() === this.currentSheet.toLowerCase(),
    );
    const candidates = this.parts.names.filter((name) => name.name.toLowerCase() === lower);
    const name =
      candidates.find((candidate) => candidate.localSheetId === current) ??
      candidates.find((candidate) => candidate.localSheetId === undefined);
    return name?.formula.trim().replace(/^=/, '');
  }
}
