import type { HyperFormula, SerializedNamedExpression, Sheets } from 'hyperformula';
import { createEngine } from '../../engine/engine';
import { parseAddress, quoteSheet } from '../model-sheet/a1';
import { offerDownload } from './download';
import {
  freeSheetName,
  type CopyDelivery,
  type SheetLayout,
  type WorkbookFile,
  type WorkbookPort,
} from './workbook-port';

/** What the engine does not hold but a workbook file does: per-sheet presentation, the scenario part, a name. */
export interface EmbeddedExtras {
  /** Layout details of inserted sheets (formats, chart), by sheet name: the grid view and export use them. */
  sheetLayouts: Map<string, SheetLayout>;
  scenarioXml?: string;
  /** The file the workbook was opened from; copies are named after it (default "hc-planner.xlsx"). */
  fileName?: string;
}

/** Hands a finished file to the analyst: the page offers it as a download. */
export type FileDelivery = (name: string, file: Blob) => void;

/**
 * The workbook of the standalone page: HyperFormula with the HC functions (src/engine), plus what a
 * file carries beyond cells and names. Implements WorkbookPort like Excel does.
 */
export class EmbeddedWorkbook implements WorkbookPort {
  private constructor(
    readonly engine: HyperFormula,
    readonly extras: EmbeddedExtras,
    private readonly deliver: FileDelivery,
  ) {}

  static create(
    sheets: Sheets = { Sheet1: [] },
    names: readonly SerializedNamedExpression[] = [],
    extras?: Partial<EmbeddedExtras>,
    deliver: FileDelivery = offerDownload,
  ) {
    return new EmbeddedWorkbook(createEngine(sheets, names), { sheetLayouts: new Map(), ...extras }, deliver);
  }

  async insertSheet(layout: SheetLayout): Promise<{ sheetName: string }> {
    const sheetName = freeSheetName(layout.baseName, this.engine.getSheetNames());
    const engine = this.engine;
    engine.batch(() => {
      engine.addSheet(sheetName);
      const sheet = engine.getSheetId(sheetName)!;
      // Names first, so the formulas below never see an undefined name.
      for (const name of layout.names) {
        engine.addNamedExpression(name.name, `=${quoteSheet(sheetName)}!${absolute(name.address)}`, sheet);
      }
      for (const block of layout.blocks) {
        const { row, column } = parseAddress(block.topLeft);
        engine.setCellContents(
          { sheet, row, col: column },
          block.rows.map((cells) => [...cells]),
        );
      }
    });
    this.extras.sheetLayouts.set(sheetName, layout);
    return { sheetName };
  }

  async readScenarioXml(): Promise<string | undefined> {
    return this.extras.scenarioXml;
  }

  async writeScenarioXml(xml: string): Promise<void> {
    this.extras.scenarioXml = xml;
  }

  /** Exports the workbook as .xlsx (values cached, as "Download .xlsx" does), derives the copy and offers it as a download. */
  async openDerivedCopy(derive: (file: WorkbookFile) => Promise<WorkbookFile>): Promise<CopyDelivery> {
    const { exportXlsx, XLSX_MIME } = await import(/* webpackChunkName: "xlsx" */ '../../standalone/xlsx-export');
    const exported = await exportXlsx(this);
    const copy = await derive({
      name: this.extras.fileName ?? 'hc-planner.xlsx',
      bytes: new Uint8Array(await exported.arrayBuffer()),
    });
    this.deliver(copy.name, new Blob([copy.bytes as BlobPart], { type: XLSX_MIME }));
    return { kind: 'downloaded', name: copy.name };
  }
}

/** "B5" → "$B$5": a name points at its cell wherever it is used. */
const absolute = (address: string) => address.replace(/^\$?([A-Z]+)\$?(\d+)$/i, '$$$1$$$2');
