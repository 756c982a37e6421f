import type { RawCellContent } from 'hyperformula';
import type JSZip from 'jszip';
import { chartXml, drawingXml } from '../../xlsx/chart-parts';
import { storeFromXml, describeUnusableStore } from '../../scenarios/xml';
import type { Scenario } from '../../scenarios/schema';
import { MODEL_SHEET_BASE_NAME } from '../../taskpane/model-sheet/layout';
import { freeSheetName } from '../../taskpane/ports/workbook-port';
import { createEngine } from '../../engine/engine';
import type { Unevaluated } from '../../xlsx/cell-results';
import { expandSharedFormulas, type LoadedSheet } from '../../xlsx/load-workbook';
import { openPackage } from '../../xlsx/package';
import { recalculateWorkbook, type ProgressListener } from '../../xlsx/recalculate';
import { scanSheet } from '../../xlsx/sheet-scan';
import { readWorkbookParts, workbookPath, type DefinedName } from '../../xlsx/workbook-parts';
import { decodeXml, encodeXml } from '../../xlsx/xml-text';
import { referenceShape } from '../references';
import { FormulaTranslator } from '../translate';
import { COVER_SHEET_NAME, coverSheetRows } from './cover-sheet';
import { addChart, appendWorksheet } from './package-parts';
import { appendScenarioModel } from './scenario-model';
import { worksheetXml } from './sheet-xml';
import { findModelSheet, SUMMARY_SHEET_NAME, summaryChart, summarySheetRows } from './summary-sheet';
import { KnownCells } from './known-cells';
import { translateSheet, type FrozenAt, type Untranslated } from './translate-sheet';

export interface ShareOptions {
  /** The workbook's name, for messages and the cover sheet. */
  fileName: string;
  /** The add-in's version, recorded on the cover sheet. */
  version: string;
  /** When the copy is made (default now). */
  now?: Date;
  onProgress?: ProgressListener;
}

export interface ShareSafeCopy {
  bytes: Uint8Array;
  /** HC formulas replaced in cells (a spill counts once), and the cells that now hold native formulas. */
  formulasConverted: number;
  cellsWritten: number;
  namesConverted: number;
  /** HC formulas (cells or defined names) left as they were, with the reason. */
  untranslated: Untranslated[];
  /** Calls the copy holds as the values they returned when it was made (seeded simulations). */
  frozen: FrozenAt[];
  /** Formulas the recalculation could not evaluate (their cached values are left as saved). */
  unevaluated: Unevaluated[];
  formulaCount: number;
  coverSheet: string;
  /** The leadership summary's sheet, when the workbook has a model sheet or saved scenarios to summarise. */
  summarySheet?: string;
  /** The model sheet added for the first saved scenario, when the workbook had none. */
  addedModelSheet?: string;
}

const SCENARIO_ROOT = /<(?:\w+:)?hcScenarios\b/;

/** The scenarios saved in the workbook's custom XML part, or why they cannot be read. */
async function savedScenarios(zip: JSZip): Promise<{ scenarios: Scenario[]; problem?: string }> {
  for (const path of Object.keys(zip.files).filter((candidate) => /^customXml\/item\d+\.xml$/i.test(candidate))) {
    const xml = await zip.file(path)!.async('string');
    if (!SCENARIO_ROOT.test(xml)) continue;
    const state = storeFromXml(xml);
    if (state.kind === 'ok') return { scenarios: state.store.scenarios };
    return { scenarios: [], problem: describeUnusableStore(state) };
  }
  return { scenarios: [] };
}

/** Each shared-formula member's own text (engine spelling), by sheet and `row,col`. */
function expandedSharedTexts(sheets: readonly LoadedSheet[]): Map<LoadedSheet, Map<string, string>> {
  const contents: RawCellContent[][][] = sheets.map((sheet) => {
    const rows = 1 + Math.max(-1, ...sheet.scan.cells.map((cell) => cell.row));
    return Array.from({ length: rows }, () => []);
  });
  const scratch = createEngine(Object.fromEntries(sheets.map((sheet) => [sheet.name, []])));
  try {
    expandSharedFormulas(sheets, contents, scratch);
  } finally {
    scratch.destroy();
  }
  return new Map(
    sheets.map((sheet) => {
      const texts = new Map<string, string>();
      contents[sheet.id].forEach((row, r) =>
        row.forEach((content, c) => typeof content === 'string' && texts.set(`${r},${c}`, content)),
      );
      return [sheet, texts];
    }),
  );
}

/** Translates the defined names whose formulas hold HC calls, in the workbook part's text. */
function translateNames(
  workbookXml: string,
  translator: FormulaTranslator,
): { xml: string; converted: number; untranslated: Untranslated[]; frozen: FrozenAt[] } {
  let converted = 0;
  const untranslated: Untranslated[] = [];
  const frozen: FrozenAt[] = [];
  const xml = workbookXml.replace(
    /(<(?:\w+:)?definedName\b([^>]*)>)([\s\S]*?)(<\/(?:\w+:)?definedName>)/g,
    (element, open: string, attributes: string, text: string, close: string) => {
      const name = /\sname="([^"]*)"/.exec(attributes)?.[1] ?? '?';
      const result = translator.translate(decodeXml(text));
      if (result.ok && !result.changed) return element;
      if (result.ok && result.cells.length === 1 && result.cells[0].length === 1) {
        converted += 1;
        for (const call of result.frozenCalls ?? [])
          frozen.push({ address: `defined name ${decodeXml(name)}`, ...call });
        return `${open}${encodeXml(result.cells[0][0])}${close}`;
      }
      const reason = result.ok
        ? `it gives ${result.cells.length}×${result.cells[0].length} values, a name holds one`
        : result.reason;
      untranslated.push({ address: `defined name ${decodeXml(name)}`, reason });
      return element;
    },
  );
  return { xml, converted, untranslated, frozen };
}

/** The shape of the range a defined name refers to, so that HC calls over it spill to the right size. */
const nameShapes = (names: readonly DefinedName[]) => (name: string) =>
  referenceShape(names.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())?.formula.trim() ?? '');

/**
 * A share-safe copy of an .xlsx workbook: every HC formula (in cells and defined names) rewritten as
 * native formulas over the same cells (spills as one formula per cell), a cover sheet recording the
 * conversion, a leadership summary when the workbook has a model sheet, and every formula's value
 * cached by a recalculation. Untranslatable formulas are left as they were and listed. Only the
 * changed worksheets, the workbook part, its relationships and content types differ from the input,
 * whose bytes are never modified.
 */
export async function makeShareSafeCopy(bytes: Uint8Array, options: ShareOptions): Promise<ShareSafeCopy> {
  const { fileName, version, now = new Date(), onProgress } = options;
  const zip = await openPackage(bytes, fileName);
  const bookPath = await workbookPath(zip, fileName);
  const parts = await readWorkbookParts(zip, bookPath);
  const sheets: LoadedSheet[] = [];
  for (const entry of parts.sheets) {
    const file = entry.path ? zip.file(entry.path) : null;
    if (!file) continue;
    const xml = await file.async('string');
    sheets.push({ name: entry.name, path: entry.path!, id: sheets.length, xml, scan: scanSheet(xml) });
  }

  // Constants in cells: model ids there become prices, and seeded simulations over them their values.
  const known = new KnownCells(sheets, parts);
  const translator = new FormulaTranslator(nameShapes(parts.names), { cellValue: known.cellValue });
  const expanded = expandedSharedTexts(sheets);
  let formulasConverted = 0;
  let cellsWritten = 0;
  const untranslated: Untranslated[] = [];
  const frozen: FrozenAt[] = [];
  for (const sheet of sheets) {
    known.currentSheet = sheet.name;
    const result = translateSheet(sheet.name, sheet.xml, sheet.scan, expanded.get(sheet)!, translator);
    if (result.xml !== sheet.xml) zip.file(sheet.path, result.xml);
    formulasConverted += result.converted;
    cellsWritten += result.cellsWritten;
    untranslated.push(...result.untranslated);
    frozen.push(...result.frozen);
  }
  known.currentSheet = '';
  const names = translateNames(await zip.file(bookPath)!.async('string'), translator);
  if (names.converted > 0) zip.file(bookPath, names.xml);
  untranslated.push(...names.untranslated);
  frozen.push(...names.frozen);

  const { scenarios, problem } = await savedScenarios(zip);
  const taken = parts.sheets.map((entry) => entry.name);
  const claim = (base: string) => {
    const name = freeSheetName(base, taken);
    taken.push(name);
    return name;
  };
  let model = findModelSheet(parts.names, parts.sheets, (name) => sheets.find((sheet) => sheet.name === name)?.scan);
  const coverSheet = claim(COVER_SHEET_NAME);
  // No model sheet but saved scenarios: the copy gets the first scenario's model sheet to summarise.
  const modelScenario = model ? undefined : scenarios[0];
  const addedModel = modelScenario ? { sheet: claim(MODEL_SHEET_BASE_NAME), scenario: modelScenario.name } : undefined;
  const summarySheet = model || addedModel ? claim(SUMMARY_SHEET_NAME) : undefined;
  const cover = coverSheetRows({
    fileName,
    version,
    madeAt: now,
    formulasConverted,
    cellsWritten,
    namesConverted: names.converted,
    untranslated,
    replacedPrices: translator.replacedPrices,
    frozen,
    scenarios,
    scenarioProblem: problem,
    summarySheet,
    addedModel,
  });
  await appendWorksheet(zip, bookPath, coverSheet, worksheetXml(cover, [44, 60, ...scenarios.map(() => 18)]));
  if (modelScenario && addedModel) {
    const index = parts.sheets.length + 1; // after the workbook's sheets and the cover
    const added = await appendScenarioModel(zip, bookPath, modelScenario, addedModel.sheet, index, translator);
    model = added.model;
    untranslated.push(...added.untranslated);
  }
  if (model && summarySheet) {
    const chart = summaryChart(model);
    const drawingId = chart ? 'rId1' : undefined;
    const part = await appendWorksheet(
      zip,
      bookPath,
      summarySheet,
      worksheetXml(summarySheetRows(model), [60, 18], drawingId),
    );
    if (chart && (await addChart(zip, part, drawingXml([chart]), chartXml(chart, model.name))) !== drawingId)
      throw new Error('a new worksheet part got an unexpected drawing relationship id');
  }

  const translated = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  const recalculated = await recalculateWorkbook(translated, fileName, onProgress);
  return {
    bytes: await recalculated.save(),
    formulasConverted,
    cellsWritten,
    namesConverted: names.converted,
    untranslated,
    frozen,
    unevaluated: recalculated.unevaluated,
    formulaCount: recalculated.formulaCount,
    coverSheet,
    ...(summarySheet ? { summarySheet } : {}),
    ...(addedModel ? { addedModelSheet: addedModel.sheet } : {}),
  };
}
