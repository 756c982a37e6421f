import { FIELDS } from '../../taskpane/planner/inputs';
import { MEASURES, PROJECTION, type MeasureKey } from '../../taskpane/planner/measures';
import type { ChartSpec } from '../../taskpane/ports/workbook-port';
import { cellRef } from '../../xlsx/cell-ref';
import type { ScannedSheet } from '../../xlsx/sheet-scan';
import type { DefinedName, SheetEntry } from '../../xlsx/workbook-parts';
import type { NewCell } from './sheet-xml';

export const SUMMARY_SHEET_NAME = 'Leadership summary';

/** The headline measures leadership asks for, in the order they read them. */
const HEADLINE_MEASURES: readonly MeasureKey[] = [
  'computePerHead',
  'computeToSalary',
  'tokenShare',
  'breakevenHeadcount',
  'monthsToParity',
  'budgetRunoutMonth',
];
const SALARY = FIELDS.find((field) => field.key === 'salary')!;

/** A model sheet the panel inserted: its name, its named cells' references, and its monthly table rows (0-based). */
export interface ModelSheet {
  name: string;
  references: ReadonlyMap<string, string>;
  months?: { first: number; last: number };
}

/** The sheet a reference such as `'HC Model'!$F$5` points into. */
function sheetOf(reference: string): string | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(reference.trim().replace(/^=/, ''));
  return match ? (match[1]?.replace(/''/g, "'") ?? match[2]) : undefined;
}

/** The monthly table: column A counts months from 0, column B holds each month's formula. */
function monthRows(scan: ScannedSheet): { first: number; last: number } | undefined {
  const cells = new Map(scan.cells.map((cell) => [`${cell.row},${cell.col}`, cell]));
  const isMonth = (row: number, month: number) => {
    const label = cells.get(`${row},0`);
    return (
      label !== undefined &&
      !label.formula &&
      (label.type === undefined || label.type === 'n') &&
      Number(label.value) === month &&
      cells.get(`${row},1`)?.formula !== undefined
    );
  };
  const first = scan.cells.find((cell) => cell.col === 0 && isMonth(cell.row, 0))?.row;
  if (first === undefined) return undefined;
  let last = first;
  while (isMonth(last + 1, last + 1 - first)) last += 1;
  return last > first ? { first, last } : undefined;
}

/**
 * The panel's model sheet, found by the names it defines (`HC_ComputePerHead` and the others);
 * undefined when the workbook has none. With several, the first in sheet order.
 */
export function findModelSheet(
  names: readonly DefinedName[],
  sheets: readonly SheetEntry[],
  scanOf: (sheetName: string) => ScannedSheet | undefined,
): ModelSheet | undefined {
  const wanted = [SALARY.cellName!, ...HEADLINE_MEASURES.map((key) => MEASURES.find((m) => m.key === key)!.cellName)];
  for (const sheet of sheets) {
    const references = new Map<string, string>();
    for (const cellName of wanted) {
      const name = names.find(
        (candidate) =>
          candidate.name.toLowerCase() === cellName.toLowerCase() && sheetOf(candidate.formula) === sheet.name,
      );
      if (name) references.set(cellName, name.formula.trim().replace(/^=/, ''));
    }
    if (references.size < wanted.length) continue;
    const scan = scanOf(sheet.name);
    return { name: sheet.name, references, months: scan ? monthRows(scan) : undefined };
  }
  return undefined;
}

/** The leadership summary's cells: headline numbers as native formulas over the model sheet's cells. */
export function summarySheetRows(model: ModelSheet): NewCell[][] {
  const row = (label: string, cellName: string): NewCell[] => [label, { formula: model.references.get(cellName)! }];
  return [
    ['Leadership summary'],
    [
      `Headline numbers of the sheet "${model.name}", as plain formulas over its cells: change its inputs and they follow.`,
    ],
    [],
    ['Headline', 'Value'],
    row(`${SALARY.label} (${SALARY.hint})`, SALARY.cellName!),
    ...HEADLINE_MEASURES.map((key) => {
      const measure = MEASURES.find((candidate) => candidate.key === key)!;
      return row(`${measure.label} (${measure.note})`, measure.cellName);
    }),
  ];
}

/** A line chart of compute per head against salary, month by month, over the model sheet's table. */
export function summaryChart(model: ModelSheet): ChartSpec | undefined {
  if (!model.months) return undefined;
  const { first, last } = model.months;
  const column = (col: number) => `${cellRef({ row: first, col })}:${cellRef({ row: last, col })}`;
  return {
    title: 'Compute per head vs salary',
    categories: column(0),
    series: [
      { name: PROJECTION[0].label, values: column(1) },
      { name: PROJECTION[1].label, values: column(2) },
    ],
    placement: { topLeft: 'D4', bottomRight: 'L22' },
  };
}
