import { isEngineError } from '../engine/values';
import type { CachedValue, SheetPatch } from './cell-results';
import { cellRef } from './cell-ref';
import type { ScannedSheet, SheetCell } from './sheet-scan';
import { encodeXml, withAttribute } from './xml-text';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The `t` attribute and `<v>` text of a cached value; a number needs no `t` (n is the default). */
function cachedValue(value: CachedValue, hasFormula: boolean): { type?: string; text: string } {
  if (typeof value === 'number') return { text: String(Object.is(value, -0) ? 0 : value) };
  if (typeof value === 'boolean') return { type: 'b', text: value ? '1' : '0' };
  if (isEngineError(value)) return { type: 'e', text: value.code };
  // A formula's text result is `str`; a spilled text (no formula) is an inline string.
  return hasFormula ? { type: 'str', text: encodeXml(value) } : { type: 'inlineStr', text: encodeXml(value) };
}

/** Patterns over a cell's children, compiled once per namespace prefix. */
const PATTERNS = new Map<string, { value: RegExp; inline: RegExp; formulaTag: RegExp; formula: RegExp }>();
function patternsFor(prefix: string) {
  let patterns = PATTERNS.get(prefix);
  if (!patterns) {
    patterns = {
      value: new RegExp(`<${prefix}v(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${prefix}v>)`),
      inline: new RegExp(`<${prefix}is\\b[^>]*(?:/>|>[\\s\\S]*?</${prefix}is>)`),
      formulaTag: new RegExp(`<${prefix}f\\b[^>]*>`),
      formula: new RegExp(`<${prefix}f\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}f>)`),
    };
    PATTERNS.set(prefix, patterns);
  }
  return patterns;
}

/** The element holding a cached value: `<v>`, or `<is>` for an inline string. */
const valueElement = ({ type, text }: { type?: string; text: string }, prefix: string) =>
  type === 'inlineStr'
    ? `<${prefix}is><${prefix}t xml:space="preserve">${text}</${prefix}t></${prefix}is>`
    : `<${prefix}v>${text}</${prefix}v>`;

/** A cell element with its cached value replaced (or dropped), its formula and other attributes kept. */
function rewriteCell(cell: SheetCell, prefix: string, value: CachedValue | undefined, arrayRef?: string): string {
  const patterns = patternsFor(prefix);
  const cached = value === undefined ? undefined : cachedValue(value, cell.formula !== undefined);
  const startTag = withAttribute(cell.startTag, 't', cached?.type).replace(/\s*\/>$/, '>');
  let inner = cell.inner.replace(patterns.value, '').replace(patterns.inline, '');
  if (arrayRef) inner = inner.replace(patterns.formulaTag, (tag) => withAttribute(tag, 'ref', arrayRef));
  if (cached) {
    const formula = patterns.formula.exec(inner);
    const at = formula ? formula.index + formula[0].length : 0;
    inner = inner.slice(0, at) + valueElement(cached, prefix) + inner.slice(at);
  }
  return inner === '' ? startTag.replace(/>$/, '/>') : `${startTag}${inner}</${prefix}c>`;
}

/**
 * The worksheet's text with the patch applied: only the `<c>` elements of patched cells change
 * (their cached value and `t`, an array anchor's `ref`); cells a spill reaches that the part does
 * not have are added in row and column order. Every other byte stays as it was.
 */
export function patchSheet(xml: string, scan: ScannedSheet, patch: SheetPatch): string {
  const { prefix } = scan;
  const cells = new Map(scan.cells.map((cell) => [`${cell.row},${cell.col}`, cell]));
  const edits: Edit[] = [];
  const added = new Map<number, Map<number, string>>();
  const change = (row: number, col: number, value: CachedValue | undefined) => {
    const cell = cells.get(`${row},${col}`);
    if (cell) {
      edits.push({
        start: cell.start,
        end: cell.end,
        text: rewriteCell(cell, prefix, value, patch.arrayRefs.get(cell)),
      });
    } else if (value !== undefined) {
      const cached = cachedValue(value, false);
      const type = cached.type ? ` t="${cached.type}"` : '';
      if (!added.has(row)) added.set(row, new Map());
      added
        .get(row)
        ?.set(col, `<${prefix}c r="${cellRef({ row, col })}"${type}>${valueElement(cached, prefix)}</${prefix}c>`);
    }
  };
  for (const { row, col, value } of patch.writes) change(row, col, value);
  for (const { row, col } of patch.clears) change(row, col, undefined);
  return applyEdits(xml, [...edits, ...insertions(xml, scan, added)]);
}

/** The text with non-overlapping edits applied; every byte outside them stays as it was. */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  // Stable sort; at one offset insertions come before the rewrite of the cell that starts there.
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let result = '';
  let at = 0;
  for (const edit of ordered) {
    result += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + xml.slice(at);
}

/** Where new cells go: inside their row before the first cell to their right, or in a new row. */
export function insertions(xml: string, scan: ScannedSheet, added: Map<number, Map<number, string>>): Edit[] {
  const { prefix } = scan;
  const edits: Edit[] = [];
  if (added.size === 0) return edits;
  const rowsByNumber = new Map(scan.rows.map((row) => [row.row, row]));
  const cellsByRow = new Map<number, SheetCell[]>();
  for (const cell of scan.cells) {
    const list = cellsByRow.get(cell.row);
    if (list) list.push(cell);
    else cellsByRow.set(cell.row, [cell]);
  }
  const sortedRows = [...added.keys()].sort((a, b) => a - b);
  for (const row of sortedRows) {
    const newCells = [...(added.get(row) as Map<number, string>).entries()].sort(([a], [b]) => a - b);
    const existing = rowsByNumber.get(row);
    if (!existing) {
      const next = scan.rows.find((candidate) => candidate.row > row);
      const at = next?.start ?? scan.dataEnd ?? xml.length;
      edits.push({
        start: at,
        end: at,
        text: `<${prefix}row r="${row + 1}">${newCells.map(([, text]) => text).join('')}</${prefix}row>`,
      });
      continue;
    }
    if (existing.selfClosing) {
      const text =
        existing.startTag.replace(/\s*\/>$/, '>') + newCells.map(([, cell]) => cell).join('') + `</${prefix}row>`;
      edits.push({ start: existing.start, end: existing.start + existing.startTag.length, text });
      continue;
    }
    const rowCells = cellsByRow.get(row) ?? [];
    for (const [col, text] of newCells) {
      const before = rowCells.find((cell) => cell.col > col);
      const at = before?.start ?? (existing.closeAt as number);
      edits.push({ start: at, end: at, text });
    }
  }
  return edits;
}
