import { parseCellRef } from './cell-ref';
import { decodeXml, readAttributes } from './xml-text';

/** A cell's formula as the file stores it (text without `=`, decoded). */
export interface CellFormula {
  text: string;
  /** `normal`; `shared` (one text for an area, `si` links the cells); `array` (a spill or CSE array over `ref`); `dataTable`. */
  kind: 'normal' | 'shared' | 'array' | 'dataTable';
  ref?: string;
  sharedIndex?: string;
}

/** One `<c>` element of a worksheet, with where it sits in the part's text. */
export interface SheetCell {
  row: number;
  col: number;
  /** Offsets of the whole element in the part's text. */
  start: number;
  end: number;
  /** The start tag as written, e.g. `<c r="A1" s="2" t="s">` (or the whole self-closing element). */
  startTag: string;
  /** Everything between the start and end tags ('' for a self-closing element). */
  inner: string;
  type?: string;
  /** Cell metadata (`cm`): Excel marks dynamic-array formulas with it. */
  dynamic: boolean;
  formula?: CellFormula;
  /** The cached or stored value (`<v>`), decoded. */
  value?: string;
  /** The text of an inline string (`<is>`). */
  inlineText?: string;
}

/** One `<row>` element. */
export interface SheetRow {
  row: number;
  start: number;
  /** The start tag as written (or the whole self-closing element). */
  startTag: string;
  selfClosing: boolean;
  /** Offset of its `</row>`, where cells are appended. */
  closeAt?: number;
}

export interface ScannedSheet {
  /** Namespace prefix of the worksheet's elements ('' for the default namespace, else e.g. `x:`). */
  prefix: string;
  rows: SheetRow[];
  cells: SheetCell[];
  /** Offset of `</sheetData>`, where rows are appended; undefined when sheetData is empty or absent. */
  dataEnd?: number;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs, without phonetic (`<rPh>`) runs. */
export function stringItemText(xml: string, prefix = ''): string {
  const withoutPhonetic = xml.replace(new RegExp(`<${prefix}rPh\\b[\\s\\S]*?</${prefix}rPh>`, 'g'), '');
  const runs = withoutPhonetic.matchAll(new RegExp(`<${prefix}t(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}t>`, 'g'));
  return [...runs].map(([, text]) => decodeXml(text)).join('');
}

/** Patterns over one worksheet's elements, whose names may carry a namespace prefix. */
function cellPatterns(prefix: string) {
  return {
    element: new RegExp(
      `<${prefix}row\\b[^>]*?(/?)>|</${prefix}row>|<${prefix}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}c>)`,
      'g',
    ),
    formula: new RegExp(`<${prefix}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}f>)`),
    value: new RegExp(`<${prefix}v(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}v>`),
    inline: new RegExp(`<${prefix}is\\b[^>]*>([\\s\\S]*?)</${prefix}is>`),
  };
}

function readFormula(inner: string, pattern: RegExp): CellFormula | undefined {
  const match = pattern.exec(inner);
  if (!match) return undefined;
  const attributes = readAttributes(match[1]);
  const kind = (attributes.get('t') ?? 'normal') as CellFormula['kind'];
  const text = decodeXml(match[2] ?? '');
  if (kind === 'normal' && text.trim() === '') return undefined;
  return { text, kind, ref: attributes.get('ref'), sharedIndex: attributes.get('si') };
}

/**
 * Every row and cell of a worksheet part, read with regular expressions over sheetData (which
 * holds only `<row>` and `<c>` elements, and `<c>` only `<f>`, `<v>`, `<is>` and `<extLst>`), so
 * that the patcher can rewrite single cells and leave every other byte of the part as it was.
 */
export function scanSheet(xml: string): ScannedSheet {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const open = new RegExp(`<${prefix}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open || open[1] === '/') return { prefix, rows: [], cells: [] };
  const dataStart = open.index + open[0].length;
  const dataEnd = xml.indexOf(`</${prefix}sheetData>`, dataStart);
  const patterns = cellPatterns(prefix);
  const rows: SheetRow[] = [];
  const cells: SheetCell[] = [];
  let row = -1;
  let col = -1;
  patterns.element.lastIndex = dataStart;
  for (let match = patterns.element.exec(xml); match && match.index < dataEnd; match = patterns.element.exec(xml)) {
    const [text, rowSelfClosing, cellAttributes, cellInner] = match;
    if (text.startsWith('</')) {
      rows[rows.length - 1].closeAt = match.index;
    } else if (cellAttributes === undefined) {
      const r = readAttributes(text).get('r');
      row = r === undefined ? row + 1 : Number(r) - 1;
      col = -1;
      rows.push({ row, start: match.index, startTag: text, selfClosing: rowSelfClosing === '/' });
    } else {
      const attributes = readAttributes(cellAttributes);
      const position = parseCellRef(attributes.get('r') ?? '') ?? { row, col: col + 1 };
      col = position.col;
      const inner = cellInner ?? '';
      const value = patterns.value.exec(inner)?.[1];
      const inline = patterns.inline.exec(inner)?.[1];
      cells.push({
        row: position.row,
        col: position.col,
        start: match.index,
        end: match.index + text.length,
        startTag: cellInner === undefined ? text : text.slice(0, text.length - inner.length - `</${prefix}c>`.length),
        inner,
        type: attributes.get('t'),
        dynamic: attributes.has('cm'),
        formula: readFormula(inner, patterns.formula),
        value: value === undefined ? undefined : decodeXml(value),
        inlineText: inline === undefined ? undefined : stringItemText(inline, prefix),
      });
    }
  }
  return { prefix, rows, cells, dataEnd };
}
