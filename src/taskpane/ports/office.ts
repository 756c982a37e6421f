import { columnLetters, parseRange } from '../model-sheet/a1';
import { readDocumentFile, toBase64, tooLargeToOpen, WEB_CREATE_WORKBOOK_LIMIT, workbookFileName } from './office-file';
import {
  CopyRefused,
  freeSheetName,
  SCENARIO_NAMESPACE,
  type ChartSpec,
  type CopyDelivery,
  type SheetLayout,
  type WorkbookFile,
  type WorkbookPort,
} from './workbook-port';

/** Excel's convention for cells meant to be edited: blue text on a pale fill. */
const INPUT_FONT = '#0000FF';
const INPUT_FILL = '#FFF2CC';

/** The number of rows and columns of an A1 range. */
function rangeSize(range: string): { rows: number; columns: number } {
  const { top, left, bottom, right } = parseRange(range);
  return { rows: bottom - top + 1, columns: right - left + 1 };
}

const fill = <T>(range: string, value: T): T[][] => {
  const { rows, columns } = rangeSize(range);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
};

/** The block's bottom-right address from its top-left and size. */
function blockRange(topLeft: string, rows: readonly (readonly unknown[])[]): string {
  const { top, left } = parseRange(topLeft);
  const width = Math.max(...rows.map((row) => row.length));
  const bottomRight = `${columnLetters(left + width - 1)}${top + rows.length}`;
  return `${topLeft}:${bottomRight}`;
}

/** Queues a native chart: a line chart, or stacked columns with the series marked `line` drawn as lines. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...others] = spec.series;
  const type = spec.kind === 'stackedColumn' ? Excel.ChartType.columnStacked : Excel.ChartType.line;
  const chart = sheet.charts.add(type, sheet.getRange(first.values), Excel.ChartSeriesBy.columns);
  chart.title.text = spec.title;
  const categories = sheet.getRange(spec.categories);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const series of others) {
    const added = chart.series.add(series.name);
    added.setValues(sheet.getRange(series.values));
    added.setXAxisValues(categories);
    if (series.line && spec.kind === 'stackedColumn') added.chartType = Excel.ChartType.line;
  }
  chart.axes.categoryAxis.title.text = 'Month';
  chart.setPosition(spec.placement.topLeft, spec.placement.bottomRight);
}

/**
 * WorkbookPort over Office.js: each action is ONE Excel.run, queuing every write and syncing as
 * few times as the action needs (one read of sheet names, then one write batch).
 */
export class OfficeWorkbook implements WorkbookPort {
  async insertSheet(layout: SheetLayout): Promise<{ sheetName: string }> {
    return Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const sheetName = freeSheetName(
        layout.baseName,
        worksheets.items.map((sheet) => sheet.name),
      );
      const sheet = worksheets.add(sheetName);
      for (const block of layout.blocks) {
        const width = Math.max(...block.rows.map((row) => row.length));
        // Office writes a rectangle: short rows are padded with empty cells, which leaves them blank.
        sheet.getRange(blockRange(block.topLeft, block.rows)).formulas = block.rows.map((row) =>
          Array.from({ length: width }, (_, index) => row[index] ?? ''),
        );
      }
      for (const name of layout.names) sheet.names.add(name.name, sheet.getRange(name.address), name.comment);
      for (const format of layout.formats)
        sheet.getRange(format.range).numberFormat = fill(format.range, format.format);
      if (layout.inputRange) {
        const inputs = sheet.getRange(layout.inputRange).format;
        inputs.font.color = INPUT_FONT;
        inputs.fill.color = INPUT_FILL;
      }
      for (const range of layout.headerRanges) sheet.getRange(range).format.font.bold = true;
      sheet.getRange('A:A').format.columnWidth = 190;
      sheet.getRange('E:E').format.columnWidth = 170;

      for (const chart of [layout.chart, ...(layout.extraCharts ?? [])]) addChart(sheet, chart);
      sheet.activate();
      await context.sync();
      return { sheetName };
    });
  }

  async readScenarioXml(): Promise<string | undefined> {
    return Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(SCENARIO_NAMESPACE);
      parts.load('items');
      await context.sync();
      if (parts.items.length === 0) return undefined;
      const xml = parts.items[0].getXml();
      await context.sync();
      return xml.value;
    });
  }

  async writeScenarioXml(xml: string): Promise<void> {
    await Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(SCENARIO_NAMESPACE);
      parts.load('items');
      await context.sync();
      if (parts.items.length === 0) context.workbook.customXmlParts.add(xml);
      else parts.items[0].setXml(xml);
      await context.sync();
    });
  }

  /**
   * Reads the open file (getFileAsync), derives the copy and opens it with Excel.createWorkbook (ExcelApi 1.8)
   * as a new, unsaved workbook; the open workbook is only read. On Excel on the web both files are
   * checked against the size createWorkbook accepts before any work is done on them.
   */
  async openDerivedCopy(derive: (file: WorkbookFile) => Promise<WorkbookFile>): Promise<CopyDelivery> {
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.8'))
      throw new CopyRefused(
        'This version of Excel cannot open a new workbook from an add-in (it needs Excel JavaScript API 1.8: Excel 2019, Microsoft 365 or Excel on the web).',
      );
    const limit = Office.context.platform === Office.PlatformType.OfficeOnline ? WEB_CREATE_WORKBOOK_LIMIT : Infinity;
    const name = workbookFileName(Office.context.document.url);
    const copy = await derive({ name, bytes: await readDocumentFile(name, limit) });
    if (copy.bytes.length > limit) throw tooLargeToOpen(name, copy.bytes.length, limit, 'The share-safe copy');
    try {
      await Excel.createWorkbook(toBase64(copy.bytes));
    } catch (error) {
      throw new Error(`Excel did not open the copy: ${(error as Error).message}`, { cause: error });
    }
    return { kind: 'opened' };
  }
}
