import { XMLParser } from 'fast-xml-parser';
import { run } from '../../src/cli/main';

/** A cell as the sheet XML stores it, read with an XML parser independent of src/xlsx. */
export interface StoredCell {
  t?: string;
  v?: string;
  f?: { text: string; t?: string; ref?: string };
  cm?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['row', 'c'].includes(name),
  parseTagValue: false,
  trimValues: false,
});

/** Every cell of a worksheet part by reference. */
export function storedCells(xml: string): Map<string, StoredCell> {
  const rows = (parser.parse(xml).worksheet.sheetData?.row ?? []) as { c?: Record<string, unknown>[] }[];
  const cells = new Map<string, StoredCell>();
  for (const cell of rows.flatMap((row) => row.c ?? [])) {
    const f = cell.f as string | Record<string, string> | undefined;
    cells.set(String(cell.r), {
      t: cell.t as string | undefined,
      v: cell.v === undefined ? undefined : String(cell.v),
      cm: cell.cm as string | undefined,
      f:
        f === undefined
          ? undefined
          : typeof f === 'string'
            ? { text: f }
            : { text: f['#text'] ?? '', t: f.t, ref: f.ref },
    });
  }
  return cells;
}

/** The value a stored cell shows: number, text, logical or {error}. */
export function shownValue(cell: StoredCell | undefined): unknown {
  if (!cell || cell.v === undefined) return undefined;
  switch (cell.t) {
    case 'e':
      return { error: cell.v };
    case 'str':
      return cell.v;
    case 'b':
      return cell.v === '1';
    default:
      return Number(cell.v);
  }
}

/** Runs hcplan in-process (awaiting commands that read files) and captures what it prints. */
export async function hcplan(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
