import type { HyperFormula, RawCellContent, SerializedNamedExpression } from 'hyperformula';
import type JSZip from 'jszip';
import { createEngine, engineFormula } from '../engine/engine';
import { CellArea, contains, parseAreaRef } from './cell-ref';
import { storedContent } from './cell-content';
import { WorkbookFileError } from './package';
import { scanSheet, ScannedSheet, SheetCell } from './sheet-scan';
import { DefinedName, readWorkbookParts, workbookPath } from './workbook-parts';

/** A worksheet as read: its part's text and cells, and its id in the engine. */
export interface LoadedSheet {
  name: string;
  path: string;
  id: number;
  xml: string;
  scan: ScannedSheet;
}

/** A cell holding a formula; `array` when it anchors an array formula (a spill or a CSE array). */
export interface FormulaCell {
  sheet: LoadedSheet;
  cell: SheetCell;
  array?: { area: CellArea; dynamic: boolean };
}

export interface LoadedWorkbook {
  engine: HyperFormula;
  sheets: LoadedSheet[];
  formulas: FormulaCell[];
  /** Anchors of What-If data tables: the engine cannot run them, so their stored values are used. */
  dataTables: FormulaCell[];
  /** Defined names the engine cannot hold, with the reason. */
  skippedNames: { name: string; reason: string }[];
}

const key = (row: number, col: number) => `${row},${col}`;

/** Cells inside array formulas' areas other than the anchor: their stored values are the last spill, not input. */
export function spillCells(cells: readonly SheetCell[]): Set<string> {
  const spilled = new Set<string>();
  for (const { formula, row, col } of cells) {
    const area = formula?.kind === 'array' && formula.ref ? parseAreaRef(formula.ref) : undefined;
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) if (r !== row || c !== col) spilled.add(key(r, c));
    }
  }
  return spilled;
}

/**
 * Shared formulas store their text once, on the group's first cell; every other cell of the group
 * gets that text with its relative references moved by the cell's offset. HyperFormula moves them
 * exactly as Excel does when it fills a range, so a scratch engine with the same sheets does it.
 */
export function expandSharedFormulas(
  sheets: readonly LoadedSheet[],
  contents: RawCellContent[][][],
  scratch: HyperFormula,
): void {
  const groups = sheets.flatMap((sheet) => {
    const masters = new Map<string, SheetCell>();
    const children: SheetCell[] = [];
    for (const cell of sheet.scan.cells) {
      if (cell.formula?.kind !== 'shared' || cell.formula.sharedIndex === undefined) continue;
      if (cell.formula.text.trim() !== '') masters.set(cell.formula.sharedIndex, cell);
      else children.push(cell);
    }
    return children.length === 0 ? [] : [{ sheet, masters, children }];
  });
  for (const { sheet, masters, children } of groups) {
    const placed = new Set<string>();
    for (const child of children) {
      const master = masters.get(child.formula?.sharedIndex as string);
      if (!master) continue;
      const source = { sheet: sheet.id, row: master.row, col: master.col };
      if (!placed.has(key(master.row, master.col))) {
        scratch.setCellContents(source, engineFormula(master.formula?.text as string));
        placed.add(key(master.row, master.col));
      }
      const target = { sheet: sheet.id, row: child.row, col: child.col };
      contents[sheet.id][child.row][child.col] = scratch.getFillRangeData(
        { start: source, end: source },
        { start: target, end: target },
      )[0][0];
    }
  }
}

/** The engine's named expressions from the workbook's defined names; ones it cannot hold are skipped. */
function namedExpressions(
  names: readonly DefinedName[],
  scopeOf: (localSheetId: number) => number | undefined,
  scratch: HyperFormula,
): { expressions: SerializedNamedExpression[]; skipped: LoadedWorkbook['skippedNames'] } {
  const expressions: SerializedNamedExpression[] = [];
  const skipped: LoadedWorkbook['skippedNames'] = [];
  for (const { name, formula, localSheetId } of names) {
    const scope = localSheetId === undefined ? undefined : scopeOf(localSheetId);
    const expression = engineFormula(formula);
    if (localSheetId !== undefined && scope === undefined) {
      skipped.push({ name, reason: 'it belongs to a chart or macro sheet' });
    } else if (!scratch.isItPossibleToAddNamedExpression(name, expression, scope)) {
      skipped.push({ name, reason: `the engine cannot hold ${expression}` });
    } else {
      expressions.push({ name, expression, ...(scope === undefined ? {} : { scope }) });
    }
  }
  return { expressions, skipped };
}

/**
 * Reads every worksheet of an .xlsx package (values, formulas, defined names) into a new engine,
 * which evaluates them all. `onScanned` hears the number of formulas before that (long) step.
 */
export async function loadWorkbook(
  zip: JSZip,
  fileName: string,
  onScanned: (formulaCount: number) => void = () => undefined,
): Promise<LoadedWorkbook> {
  const parts = await readWorkbookParts(zip, await workbookPath(zip, fileName));
  const entries = parts.sheets.filter((entry) => entry.path && zip.file(entry.path));
  const sheets: LoadedSheet[] = [];
  for (const [id, entry] of entries.entries()) {
    const xml = await (zip.file(entry.path as string) as JSZip.JSZipObject).async('string');
    sheets.push({ name: entry.name, path: entry.path as string, id, xml, scan: scanSheet(xml) });
  }

  const formulas: FormulaCell[] = [];
  const dataTables: FormulaCell[] = [];
  const contents = sheets.map((sheet) => {
    const rows: RawCellContent[][] = [];
    const spilled = spillCells(sheet.scan.cells);
    for (const cell of sheet.scan.cells) {
      const formula = cell.formula;
      let content: RawCellContent;
      if (formula && formula.kind !== 'dataTable') {
        const area = formula.kind === 'array' ? parseAreaRef(formula.ref ?? '') : undefined;
        formulas.push({
          sheet,
          cell,
          ...(area && contains(area, cell) ? { array: { area, dynamic: cell.dynamic } } : {}),
        });
        content = formula.text.trim() === '' ? undefined : engineFormula(formula.text);
      } else {
        if (formula) dataTables.push({ sheet, cell });
        content = spilled.has(key(cell.row, cell.col))
          ? undefined
          : storedContent(cell, parts.sharedStrings, parts.date1904);
      }
      for (let r = rows.length; r <= cell.row; r++) rows.push([]);
      if (content !== undefined) rows[cell.row][cell.col] = content;
    }
    return rows;
  });
  onScanned(formulas.length);
  // A scratch engine with the same (empty) sheets: it expands shared formulas and vets defined names.
  const scratch = createEngine(Object.fromEntries(sheets.map((sheet) => [sheet.name, []])));
  expandSharedFormulas(sheets, contents, scratch);
  const sheetIdByIndex = new Map(
    parts.sheets.map((entry, index) => [index, sheets.find((sheet) => sheet.name === entry.name)?.id]),
  );
  const { expressions, skipped } = namedExpressions(parts.names, (index) => sheetIdByIndex.get(index), scratch);
  scratch.destroy();

  const sheetContents = Object.fromEntries(sheets.map((sheet) => [sheet.name, contents[sheet.id]]));
  try {
    const engine = createEngine(sheetContents, expressions, { date1904: parts.date1904 });
    return { engine, sheets, formulas, dataTables, skippedNames: skipped };
  } catch (error) {
    throw new WorkbookFileError(`cannot load ${fileName} into the engine: ${(error as Error).message}`);
  }
}
