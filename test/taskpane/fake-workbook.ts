import { parseAddress } from '../../src/taskpane/model-sheet/a1';
import { toAddress } from '../../src/taskpane/model-sheet/a1';
import type { CellContent, CopyDelivery, SheetLayout, WorkbookPort } from '../../src/taskpane/ports/workbook-port';
import { CopyRefused, freeSheetName } from '../../src/taskpane/ports/workbook-port';

/** A defined name: workbook-scoped (scope null) or scoped to a sheet. */
export interface NameRecord {
  name: string;
  scope: string | null;
  refersTo: string;
}

/** The state a contract test starts from. Cells by A1 address; formulas as text starting with "=". */
export interface WorkbookSeed {
  sheets: Record<string, Record<string, CellContent>>;
  names: NameRecord[];
  scenarioXml?: string;
}

/**
 * A stateful in-memory workbook with Excel's rules that matter to the port: sheet names unique
 * case-insensitively, names unique per scope. It stores what was written; it computes nothing.
 */
export class FakeWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, Map<string, CellContent>>();
  readonly names: NameRecord[];
  scenarioXml?: string;
  readonly charts = new Map<string, SheetLayout['chart'][]>();

  constructor(seed: WorkbookSeed) {
    for (const [sheet, cells] of Object.entries(seed.sheets)) this.sheets.set(sheet, new Map(Object.entries(cells)));
    this.names = seed.names.map((name) => ({ ...name }));
    this.scenarioXml = seed.scenarioXml;
  }

  async insertSheet(layout: SheetLayout): Promise<{ sheetName: string }> {
    const sheetName = freeSheetName(layout.baseName, [...this.sheets.keys()]);
    if ([...this.sheets.keys()].some((name) => name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(`a sheet named ${sheetName} already exists`);
    }
    const cells = new Map<string, CellContent>();
    for (const block of layout.blocks) {
      const { row, column } = parseAddress(block.topLeft);
      block.rows.forEach((cellsOfRow, rowOffset) =>
        cellsOfRow.forEach((content, columnOffset) => {
          if (content !== null) cells.set(toAddress(row + rowOffset, column + columnOffset), content);
        }),
      );
    }
    for (const name of layout.names) {
      if (
        this.names.some(
          (existing) => existing.scope === sheetName && existing.name.toLowerCase() === name.name.toLowerCase(),
        )
      ) {
        throw new Error(`the name ${name.name} already exists on ${sheetName}`);
      }
    }
    this.sheets.set(sheetName, cells);
    for (const name of layout.names)
      this.names.push({ name: name.name, scope: sheetName, refersTo: `'${sheetName}'!${name.address}` });
    this.charts.set(sheetName, [layout.chart, ...(layout.extraCharts ?? [])]);
    return { sheetName };
  }

  async readScenarioXml(): Promise<string | undefined> {
    return this.scenarioXml;
  }

  async writeScenarioXml(xml: string): Promise<void> {
    this.scenarioXml = xml;
  }

  /** It holds cells, not a file: copies are tested on the embedded workbook and the Office adapter. */
  async openDerivedCopy(): Promise<CopyDelivery> {
    throw new CopyRefused('the in-memory fake workbook has no .xlsx file to copy');
  }
}
