import type { HyperFormula, SerializedNamedExpression, Sheets } from 'hyperformula';
import { createEngine } from '../../engine/engine';
import { parseAddress, quoteSheet } from '../model-sheet/a1';
import { freeSheetName, type SheetLayout, type WorkbookPort } from './workbook-port';

/** What the engine does not hold but a workbook file does: per-sheet presentation and the scenario part. */
export interface EmbeddedExtras {
  /** Layout details of inserted sheets (formats, chart), by sheet name: the grid view and export use them. */
  sheetLayouts: Map<string, SheetLayout>;
  scenarioXml?: string;
}

/**
 * The workbook of the standalone page: HyperFormula with the HC functions (src/engine), plus what a
 * file carries beyond cells and names. Implements WorkbookPort like Excel does.
 */
export class EmbeddedWorkbook implements WorkbookPort {
  private constructor(
    readonly engine: HyperFormula,
    readonly extras: EmbeddedExtras,
  ) {}

  static create(
    sheets: Sheets = { Sheet1: [] },
    names: readonly SerializedNamedExpression[] = [],
    extras?: Partial<EmbeddedExtras>,
  ) {
    return new EmbeddedWorkbook(createEngine(sheets, names), { sheetLayouts: new Map(), ...extras });
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
}

/** "B5" → "$B$5": a name points at its cell wherever it is used. */
const absolute = (address: string) => address.replace(/^\$?([A-Z]+)\$?(\d+)$/i, '$$$1$$$2');
