import type { RawCellContent, Sheets } from 'hyperformula';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { engineFormula } from '../engine/engine';
import { storedContent } from '../xlsx/cell-content';
import { spillCells } from '../xlsx/load-workbook';
import { scanSheet, stringItemText } from '../xlsx/sheet-scan';
import { EmbeddedWorkbook } from '../taskpane/ports/embedded';
import { SCENARIO_NAMESPACE } from '../taskpane/ports/workbook-port';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['sheet', 'definedName', 'Relationship', 'si'].includes(name),
});

/** A file the page cannot open, with the reason for the analyst. */
export class XlsxOpenError extends Error {}

/** "xl/worksheets/sheet1.xml" from a target relative to xl/ (or absolute from the package root). */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/**
 * Opens an .xlsx into a new embedded workbook: cells (values and formulas, via the engine's readers
 * in src/xlsx and src/engine), defined names with their scope, and the planner's custom XML part.
 * Charts and styles are not read back; the formulas and names that drive them are.
 */
export async function importXlsx(bytes: ArrayBuffer): Promise<EmbeddedWorkbook> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new XlsxOpenError('the file is not an .xlsx workbook (it is not a zip package)');
  }
  const text = async (path: string) => zip.file(path)?.async('string');
  const workbookXml = await text('xl/workbook.xml');
  if (!workbookXml) throw new XlsxOpenError('the file has no xl/workbook.xml: not an Excel workbook');
  const relationships =
    parser.parse((await text('xl/_rels/workbook.xml.rels')) ?? '').Relationships?.Relationship ?? [];
  const targets = new Map<string, string>(
    relationships.map((rel: { Id: string; Target: string }) => [rel.Id, rel.Target]),
  );
  const workbook = parser.parse(workbookXml).workbook;
  const sheetEntries: { name: string; 'r:id': string }[] = workbook.sheets?.sheet ?? [];
  const date1904 = String(workbook.workbookPr?.date1904 ?? '') === '1' || workbook.workbookPr?.date1904 === 'true';

  const sharedStringsXml = await text('xl/sharedStrings.xml');
  const sharedStrings = sharedStringsXml
    ? [...sharedStringsXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => stringItemText(match[1]))
    : [];

  const sheets: Sheets = {};
  for (const entry of sheetEntries) {
    const target = targets.get(entry['r:id']);
    const xml = target ? await text(partPath(target)) : undefined;
    const rows: RawCellContent[][] = [];
    const cells = xml ? scanSheet(xml).cells : [];
    // A spill's values are its anchor's result, not input: the engine spills the formula again.
    const spilled = spillCells(cells);
    for (const cell of cells) {
      if (spilled.has(`${cell.row},${cell.col}`)) continue;
      const content = cell.formula ? engineFormula(cell.formula.text) : storedContent(cell, sharedStrings, date1904);
      if (content === undefined) continue;
      (rows[cell.row] ??= [])[cell.col] = content;
    }
    sheets[entry.name] = Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }

  const names = (workbook.definedNames?.definedName ?? [])
    .filter((name: { name: string }) => !name.name.startsWith('_xlnm.'))
    .map((name: { name: string; localSheetId?: string; '#text': string }) => ({
      name: name.name,
      expression: engineFormula(String(name['#text'])),
      ...(name.localSheetId === undefined ? {} : { scope: Number(name.localSheetId) }),
    }));

  return EmbeddedWorkbook.create(sheets, names, { scenarioXml: await scenarioPart(zip) });
}

/** The custom XML part whose root element is in the planner's namespace, as its exact text. */
async function scenarioPart(zip: JSZip): Promise<string | undefined> {
  for (const path of Object.keys(zip.files).filter((name) => /^customXml\/item\d+\.xml$/.test(name))) {
    const xml = await zip.file(path)!.async('string');
    if (xml.includes(`xmlns="${SCENARIO_NAMESPACE}"`)) return xml;
  }
  return undefined;
}
