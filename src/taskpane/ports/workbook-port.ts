/**
 * The only way panel code touches a workbook. Two hosts implement it: Excel (office.ts, one
 * Excel.run per action) and the embedded HyperFormula workbook of the standalone page (embedded.ts).
 * Every method is one user action, so an implementation can make it one round trip.
 */
export interface WorkbookPort {
  /** Adds a new sheet (free name from `layout.baseName`) and writes the layout on it; changes nothing else. */
  insertSheet(layout: SheetLayout): Promise<{ sheetName: string }>;
  /** The planner's scenario store (custom XML part in `SCENARIO_NAMESPACE`), or undefined when there is none. */
  readScenarioXml(): Promise<string | undefined>;
  /** Replaces the planner's own scenario part (creating it when absent); touches no other part. */
  writeScenarioXml(xml: string): Promise<void>;
  /**
   * Makes a new workbook from this one: reads the workbook as an .xlsx file, lets `derive` turn it into
   * another file, and hands that to the analyst (Excel: opened as a new workbook; the page: a download).
   * This workbook is only read. Refusals the analyst can act on are CopyRefused errors.
   */
  openDerivedCopy(derive: (file: WorkbookFile) => Promise<WorkbookFile>): Promise<CopyDelivery>;
}

/** A workbook as an .xlsx file. */
export interface WorkbookFile {
  name: string;
  bytes: Uint8Array;
}

/** How a derived copy reached the analyst. */
export type CopyDelivery = { kind: 'opened' } | { kind: 'downloaded'; name: string };

/**
 * Why no copy was made, in words for the analyst: the workbook or the copy is larger than the host
 * opens (`tooLarge`: the file, its size and the host's limit in bytes), the host cannot open a new
 * workbook, or the file cannot be read.
 */
export class CopyRefused extends Error {
  constructor(
    message: string,
    readonly tooLarge?: { fileName: string; bytes: number; limit: number },
  ) {
    super(message);
  }
}

/** The namespace of the planner's custom XML part: the part is found by it, never by position. */
export const SCENARIO_NAMESPACE = 'urn:hc-planner:scenarios';

/** A cell's content: a number, text, a formula (text starting with "="), or null for an empty cell. */
export type CellContent = number | string | null;

/** A rectangle of cells written from its top-left address (A1 style, no sheet). */
export interface CellBlock {
  topLeft: string;
  rows: readonly (readonly CellContent[])[];
}

/** A sheet-scoped name over one cell. */
export interface SheetName {
  name: string;
  /** A1 address on the new sheet, e.g. "B5". */
  address: string;
  comment: string;
}

/** A number format over a range of the new sheet ("B5:B9"), in Excel's format codes. */
export interface RangeFormat {
  range: string;
  format: string;
}

/** A native chart of columns of the new sheet: lines, or stacked columns with some series drawn as lines. */
export interface ChartSpec {
  title: string;
  /** Default 'line'. */
  kind?: 'line' | 'stackedColumn';
  /** X values: the month-number column, e.g. "A25:A61". */
  categories: string;
  /** `line`: in a stacked column chart, drawn as a line over the columns (e.g. a budget). */
  series: readonly { name: string; values: string; line?: boolean }[];
  /** Cells the chart covers, e.g. "H4:P22". */
  placement: { topLeft: string; bottomRight: string };
}

export interface SheetLayout {
  baseName: string;
  blocks: readonly CellBlock[];
  names: readonly SheetName[];
  formats: readonly RangeFormat[];
  /** Cells the analyst is meant to edit (styled as inputs where the host can style); none on a results sheet. */
  inputRange?: string;
  /** Header cells shown bold where the host can style. */
  headerRanges: readonly string[];
  chart: ChartSpec;
  /** Further charts on the same sheet (the model sheet's workforce chart). */
  extraCharts?: readonly ChartSpec[];
}

/**
 * The first of "HC Model", "HC Model (2)", "HC Model (3)" … that no sheet uses. Excel compares
 * sheet names case-insensitively, so "hc model" blocks "HC Model".
 */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let index = 2; ; index++) {
    const candidate = `${base} (${index})`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
