import type { FormulaTranslator, FrozenCall } from '../translate';
import { CellArea, cellRef, contains, parseAreaRef, sheetPrefix } from '../../xlsx/cell-ref';
import { applyEdits, insertions, type Edit } from '../../xlsx/patch-sheet';
import type { ScannedSheet, SheetCell } from '../../xlsx/sheet-scan';
import { encodeXml, withAttribute } from '../../xlsx/xml-text';

/** A cell (or defined name) left with its HC formula, and why. */
export interface Untranslated {
  address: string;
  reason: string;
}

/** A call the copy holds as the values it returned when made, and where. */
export interface FrozenAt extends FrozenCall {
  address: string;
}

export interface SheetTranslation {
  xml: string;
  /** HC formulas replaced (a spill counts once). */
  converted: number;
  /** Cells that now hold a native formula written by the transform. */
  cellsWritten: number;
  untranslated: Untranslated[];
  frozen: FrozenAt[];
}

const key = (row: number, col: number) => `${row},${col}`;

/**
 * Rewrites a worksheet's HC formulas as native ones. Each rewritten cell keeps its start tag (style,
 * other attributes) but loses its cached value, its `t` and its dynamic-array marker (`cm`); the
 * recalculation that follows caches the new values. A spilled HC call becomes one plain formula in
 * every cell of its result; a shared-formula group with HC calls becomes plain formulas cell by
 * cell (`expanded` holds each member's own text). Everything else in the part is left byte for byte.
 */
export function translateSheet(
  sheetName: string,
  xml: string,
  scan: ScannedSheet,
  expanded: ReadonlyMap<string, string>,
  translator: FormulaTranslator,
): SheetTranslation {
  const cells = new Map(scan.cells.map((cell) => [key(cell.row, cell.col), cell]));
  const writes = new Map<string, Write>();
  const untranslated: Untranslated[] = [];
  const frozen: FrozenAt[] = [];
  let converted = 0;
  const address = (row: number, col: number) => `${sheetPrefix(sheetName)}${cellRef({ row, col })}`;
  const write = (row: number, col: number, formula?: string, native = formula !== undefined) =>
    writes.set(key(row, col), { row, col, formula, native });

  // Shared groups whose text holds an HC call: every member becomes a plain formula.
  const hcGroups = new Set<string>();
  for (const { formula } of scan.cells) {
    if (formula?.kind !== 'shared' || formula.text.trim() === '') continue;
    const result = translator.translate(formula.text);
    if (!result.ok || result.changed) hcGroups.add(formula.sharedIndex ?? '');
  }

  for (const cell of scan.cells) {
    const formula = cell.formula;
    if (!formula || formula.kind === 'dataTable') continue;
    const shared = formula.kind === 'shared';
    if (shared && !hcGroups.has(formula.sharedIndex ?? '')) continue;
    const text = shared && formula.text.trim() === '' ? expanded.get(key(cell.row, cell.col)) : formula.text;
    if (text === undefined) {
      untranslated.push({
        address: address(cell.row, cell.col),
        reason: 'a shared formula whose first cell is missing',
      });
      continue;
    }
    const result = translator.translate(text);
    if (!result.ok) {
      untranslated.push({ address: address(cell.row, cell.col), reason: result.reason });
      // A member of a converted group keeps its HC text, as a plain formula of its own.
      if (shared) write(cell.row, cell.col, fileSpelling(text), false);
      continue;
    }
    if (!result.changed) {
      if (shared) write(cell.row, cell.col, fileSpelling(text), false);
      continue;
    }
    const convert = () => {
      converted += 1;
      for (const call of result.frozenCalls ?? []) frozen.push({ address: address(cell.row, cell.col), ...call });
    };
    const area = formula.kind === 'array' ? parseAreaRef(formula.ref ?? '') : undefined;
    if (!area) {
      // A plain formula shows the first value of an array result, as Excel shows a legacy formula's.
      write(cell.row, cell.col, result.cells[0][0]);
      convert();
      continue;
    }
    const rows = result.cells.length;
    const columns = result.cells[0].length;
    // A spill takes its result's size; a legacy (CSE) array keeps its area, repeating a single row or
    // column across it and showing #N/A beyond the result, as Excel does.
    const target: CellArea = cell.dynamic
      ? { top: cell.row, left: cell.col, bottom: cell.row + rows - 1, right: cell.col + columns - 1 }
      : area;
    const blocked = cell.dynamic ? blockingCell(cells, target, area, cell) : undefined;
    if (blocked) {
      untranslated.push({
        address: address(cell.row, cell.col),
        reason: `its ${rows}×${columns} result would overwrite ${cellRef(blocked)}`,
      });
      continue;
    }
    for (let row = target.top; row <= target.bottom; row++) {
      for (let col = target.left; col <= target.right; col++) {
        const r = rows === 1 ? 0 : row - cell.row;
        const c = columns === 1 ? 0 : col - cell.col;
        write(row, col, result.cells[r]?.[c] ?? 'NA()');
      }
    }
    // Cells of the old spill that the new result does not reach lose their stale values.
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        if (!contains(target, { row, col }) && cells.has(key(row, col))) write(row, col);
      }
    }
    convert();
  }

  return {
    xml: applyWrites(xml, scan, cells, writes),
    converted,
    cellsWritten: countFormulas(writes),
    untranslated,
    frozen,
  };
}

/** Expanded shared text is in the engine's spelling; a cell keeping its HC call gets Excel's file spelling back. */
const fileSpelling = (text: string) => text.replace(/^=/, '').replace(/\bHC\.(?=[A-Z0-9_]+\()/gi, '_xldudf_HC_');

/** A cell the transform rewrites: a formula (`native` when translated), or no formula (a cleared spill cell). */
interface Write {
  row: number;
  col: number;
  formula?: string;
  native: boolean;
}

const countFormulas = (writes: ReadonlyMap<string, Write>) =>
  [...writes.values()].filter((write) => write.native).length;

/** A cell with content of its own inside a spill's new area but outside its old one. */
function blockingCell(
  cells: ReadonlyMap<string, SheetCell>,
  target: CellArea,
  old: CellArea,
  anchor: SheetCell,
): SheetCell | undefined {
  for (let row = target.top; row <= target.bottom; row++) {
    for (let col = target.left; col <= target.right; col++) {
      const cell = cells.get(key(row, col));
      if (
        cell &&
        cell !== anchor &&
        !contains(old, cell) &&
        (cell.formula || cell.value !== undefined || cell.inlineText)
      )
        return cell;
    }
  }
  return undefined;
}

/** The part's text with the written cells replaced or inserted (in row and column order). */
function applyWrites(
  xml: string,
  scan: ScannedSheet,
  cells: ReadonlyMap<string, SheetCell>,
  writes: ReadonlyMap<string, Write>,
): string {
  const { prefix } = scan;
  const edits: Edit[] = [];
  const added = new Map<number, Map<number, string>>();
  const formulaXml = (formula: string) => `<${prefix}f>${encodeXml(formula)}</${prefix}f>`;
  for (const [at, { row, col, formula }] of writes) {
    const cell = cells.get(at);
    if (cell) {
      const tag = withAttribute(withAttribute(cell.startTag, 't', undefined), 'cm', undefined).replace(/\s*\/>$/, '>');
      const text = formula === undefined ? tag.replace(/>$/, '/>') : `${tag}${formulaXml(formula)}</${prefix}c>`;
      edits.push({ start: cell.start, end: cell.end, text });
    } else if (formula !== undefined) {
      if (!added.has(row)) added.set(row, new Map());
      added.get(row)?.set(col, `<${prefix}c r="${cellRef({ row, col })}">${formulaXml(formula)}</${prefix}c>`);
    }
  }
  return applyEdits(xml, [...edits, ...insertions(xml, scan, added)]);
}
