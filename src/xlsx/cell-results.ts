import { spillExtent } from '../engine/spill-extent';
import { fromEngine, isEngineError } from '../engine/values';
import type { EngineValue } from '../engine/values';
import { areaRef, CellArea, CellPosition, cellRef, contains, sheetPrefix } from './cell-ref';
import type { FormulaCell, LoadedSheet, LoadedWorkbook } from './load-workbook';
import type { SheetCell } from './sheet-scan';

/** A value to cache in a cell: never blank (a blank result shows as 0, as in Excel). */
export type CachedValue = Exclude<EngineValue, null>;

/** What to change in one worksheet: cached values to write, cached values to drop, array refs to move. */
export interface SheetPatch {
  writes: (CellPosition & { value: CachedValue })[];
  /** Cells a dynamic array no longer spills into. */
  clears: CellPosition[];
  /** New `ref` of dynamic-array anchors whose spill changed size. */
  arrayRefs: Map<SheetCell, string>;
}

/** A formula cell left as saved, and why. */
export interface Unevaluated {
  address: string;
  reason: string;
}

/**
 * Errors meaning "the engine could not evaluate this", not "the formula's answer is an error":
 * a function or name it does not know, a formula it cannot parse, a circular reference, a licence
 * failure, a spill blocked by cells (which Excel may see differently). Everything that depends
 * on such a cell carries the same error, with the cell it came from.
 */
const NOT_EVALUATED = new Set(['#NAME?', '#ERROR!', '#CYCLE!', '#LIC!', '#SPILL!']);

/** Why, for the codes HyperFormula gives without a message. */
const DEFAULT_REASONS: Readonly<Record<string, string>> = {
  '#CYCLE!': 'a circular reference (iterative calculation is not supported)',
  '#SPILL!': 'no room to spill the result',
  '#ERROR!': 'the formula cannot be read',
};

/**
 * The values a formula's cells get: one value, or an array formula's values over its area (a
 * dynamic array's area is its result; a CSE array keeps the area it was entered in).
 */
function formulaValues(book: LoadedWorkbook, formula: FormulaCell): { area: CellArea; rows: EngineValue[][] } {
  const { sheet, cell, array } = formula;
  const anchor = { sheet: sheet.id, row: cell.row, col: cell.col };
  const extent = array ? spillExtent(book.engine, anchor) : undefined;
  // One value: a plain formula (as Excel shows a legacy formula's array, its first value), or an
  // array formula that failed as a whole (one error).
  const rows = !extent
    ? [[fromEngine(book.engine.getCellValue(anchor))]]
    : book.engine
        .getRangeValues({
          start: anchor,
          end: { sheet: sheet.id, row: cell.row + extent.rows - 1, col: cell.col + extent.columns - 1 },
        })
        .map((row) => row.map(fromEngine));
  const area =
    array && !array.dynamic
      ? array.area
      : { top: cell.row, left: cell.col, bottom: cell.row + rows.length - 1, right: cell.col + rows[0].length - 1 };
  return { area, rows };
}

const NOT_AVAILABLE: CachedValue = { code: '#N/A', message: '' };

/** A cell of a formula's area: a one-row or one-column result repeats across a CSE area; beyond the result, #N/A (as in Excel). */
function valueAt(rows: readonly EngineValue[][], row: number, col: number): CachedValue {
  const value = rows[rows.length === 1 ? 0 : row]?.[rows[0].length === 1 ? 0 : col];
  return value === undefined ? NOT_AVAILABLE : (value ?? 0);
}

function patchOf(patches: Map<LoadedSheet, SheetPatch>, sheet: LoadedSheet): SheetPatch {
  let patch = patches.get(sheet);
  if (!patch) patches.set(sheet, (patch = { writes: [], clears: [], arrayRefs: new Map() }));
  return patch;
}

/**
 * Every formula's result from the evaluated engine, as patches to the worksheets. A CSE array
 * keeps its area (cells beyond the result get #N/A, as in Excel); a dynamic array's area follows
 * the result. Cells the engine could not evaluate are left as saved and listed.
 */
export function collectResults(
  book: LoadedWorkbook,
  onFormula: () => void = () => undefined,
): { patches: Map<LoadedSheet, SheetPatch>; unevaluated: Unevaluated[] } {
  const patches = new Map<LoadedSheet, SheetPatch>();
  const unevaluated: Unevaluated[] = book.dataTables.map(({ sheet, cell }) => ({
    address: `${sheetPrefix(sheet.name)}${cellRef(cell)}`,
    reason: 'a What-If data table, which the engine cannot run: its stored values are used and kept',
  }));
  for (const formula of book.formulas) {
    onFormula();
    const { sheet, cell, array } = formula;
    const address = `${sheetPrefix(sheet.name)}${cellRef(cell)}`;
    const { area, rows } = formulaValues(book, formula);
    const anchor = rows[0][0];
    if (isEngineError(anchor) && NOT_EVALUATED.has(anchor.code)) {
      const origin = anchor.origin && anchor.origin !== address ? ` (from ${anchor.origin})` : '';
      unevaluated.push({
        address,
        reason: `${anchor.code} ${anchor.message || DEFAULT_REASONS[anchor.code] || ''}${origin}`.trim(),
      });
      continue;
    }
    const patch = patchOf(patches, sheet);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        patch.writes.push({ row, col, value: valueAt(rows, row - cell.row, col - cell.col) });
      }
    }
    if (array?.dynamic) {
      if (areaRef(area) !== areaRef(array.area)) patch.arrayRefs.set(cell, areaRef(area));
      for (let row = array.area.top; row <= array.area.bottom; row++) {
        for (let col = array.area.left; col <= array.area.right; col++) {
          if (!contains(area, { row, col })) patch.clears.push({ row, col });
        }
      }
    }
  }
  return { patches, unevaluated };
}
