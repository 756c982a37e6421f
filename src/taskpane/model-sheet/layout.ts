import { FIELDS, type PlannerInputs } from '../planner/inputs';
import { MEASURES, PROJECTION, type MeasureFormat, type Operand } from '../planner/measures';
import type { CellBlock, CellContent, RangeFormat, SheetLayout, SheetName } from '../ports/workbook-port';
import { WORKFORCE_FIELDS, type WorkforcePlan } from '../planner/workforce';
import { toAddress } from './a1';
import { workforceColumns } from './workforce-columns';

export const MODEL_SHEET_BASE_NAME = 'HC Model';

/** Excel number formats for the panel's result formats. */
const NUMBER_FORMATS: Record<MeasureFormat | 'percentInput' | 'plain', string> = {
  money: '$#,##0',
  percent: '0.0%',
  percentInput: '0.0%',
  multiple: '0.00"×"',
  heads: '0.0',
  months: '0.0',
  plain: '#,##0.##',
};

const INPUT_FIELDS = FIELDS.filter((field) => field.cellName !== undefined);
const FIRST_BLOCK_ROW = 4; // 0-based: row 5, under the title, the note and a blank row
const INPUT_COLUMN = 1; // B
const SUMMARY_LABEL_COLUMN = 4; // E
const SUMMARY_COLUMN = 5; // F

/**
 * An operand as formula text over the sheet's names; `row` is the monthly table row (0-based) for
 * month and column operands.
 */
function formulaOf(operand: Operand, row?: number): string {
  if ('input' in operand) {
    const field = FIELDS.find((candidate) => candidate.key === operand.input);
    if (!field?.cellName) throw new Error(`input ${operand.input} has no cell on the model sheet`);
    return field.cellName;
  }
  if ('measure' in operand) return MEASURES.find((measure) => measure.key === operand.measure)!.cellName;
  if ('constant' in operand) return String(operand.constant);
  if ('month' in operand || 'column' in operand) {
    if (row === undefined) throw new Error('a month or column operand outside the monthly table');
    const column = 'month' in operand ? 0 : 1 + PROJECTION.findIndex((candidate) => candidate.key === operand.column);
    return toAddress(row, column);
  }
  if ('sum' in operand) return `(${operand.sum.map((part) => formulaOf(part, row)).join('+')})`;
  if ('difference' in operand)
    return `(${formulaOf(operand.difference[0], row)}-${formulaOf(operand.difference[1], row)})`;
  return `${formulaOf(operand.product[0], row)}*${formulaOf(operand.product[1], row)}`;
}

/** "B22" → "$B$22". */
const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

const hcCall = (fn: string, args: readonly Operand[], row?: number) =>
  `=HC.${fn}(${args.map((arg) => formulaOf(arg, row)).join(',')})`;

/**
 * The model sheet for a set of inputs: labelled input cells under sheet-scoped `HC_` names, a
 * summary of `=HC.…` formulas over them, a monthly table (one row per month of the horizon, each
 * cell its own formula — no spill sized by a cell) and a chart of compute per head vs salary.
 */
export function modelSheetLayout(inputs: PlannerInputs, scenarioName: string, workforce?: WorkforcePlan): SheetLayout {
  const names: SheetName[] = [];
  const formats: RangeFormat[] = [];

  const inputRows: CellContent[][] = INPUT_FIELDS.map((field, index) => {
    const address = toAddress(FIRST_BLOCK_ROW + index, INPUT_COLUMN);
    names.push({ name: field.cellName!, address, comment: `${field.label} (${field.hint})` });
    formats.push({ range: address, format: field.percent ? NUMBER_FORMATS.percentInput : NUMBER_FORMATS.plain });
    return [field.label, inputs[field.key], field.hint];
  });
  // The workforce plan's inputs continue the input column, so they are styled and named like the others.
  for (const field of workforce ? WORKFORCE_FIELDS : []) {
    const address = toAddress(FIRST_BLOCK_ROW + inputRows.length, INPUT_COLUMN);
    names.push({ name: field.cellName, address, comment: `${field.label} (${field.hint})` });
    formats.push({ range: address, format: field.percent ? NUMBER_FORMATS.percentInput : NUMBER_FORMATS.plain });
    inputRows.push([field.label, workforce![field.key], field.hint]);
  }

  const summaryRows: CellContent[][] = MEASURES.map((measure, index) => {
    const address = toAddress(FIRST_BLOCK_ROW + index, SUMMARY_COLUMN);
    names.push({ name: measure.cellName, address, comment: `${measure.label}: ${measure.note}` });
    formats.push({ range: address, format: NUMBER_FORMATS[measure.format] });
    const formula =
      'fn' in measure.call ? hcCall(measure.call.fn, measure.call.args) : `=${formulaOf(measure.call.value)}`;
    return [measure.label, formula];
  });

  const tableTitleRow = FIRST_BLOCK_ROW + Math.max(inputRows.length, MEASURES.length) + 1;
  const headerRow = tableTitleRow + 1;
  const firstMonthRow = headerRow + 1;
  const lastMonthRow = firstMonthRow + inputs.horizonMonths;
  const monthRows: CellContent[][] = [];
  for (let month = 0; month <= inputs.horizonMonths; month++) {
    const row = firstMonthRow + month;
    monthRows.push([month, ...PROJECTION.map((column) => hcCall(column.fn, column.args, row))]);
  }
  PROJECTION.forEach((column, index) => {
    const letter = toAddress(0, index + 1).replace(/\d+$/, '');
    formats.push({
      range: `${letter}${firstMonthRow + 1}:${letter}${lastMonthRow + 1}`,
      format: NUMBER_FORMATS[column.format],
    });
  });

  const blocks: CellBlock[] = [
    {
      topLeft: 'A1',
      rows: [
        ['HC Model — hiring vs AI compute'],
        [`Scenario: ${scenarioName}. Edit the input cells (column B); every formula recalculates.`],
      ],
    },
    { topLeft: toAddress(FIRST_BLOCK_ROW - 1, 0), rows: [['Inputs', 'Value', 'Unit'], ...inputRows] },
    { topLeft: toAddress(FIRST_BLOCK_ROW - 1, SUMMARY_LABEL_COLUMN), rows: [['Summary', 'Value'], ...summaryRows] },
    {
      topLeft: toAddress(tableTitleRow, 0),
      rows: [
        [`Monthly projection: ${inputs.horizonMonths} months (rows fixed when the sheet was inserted)`],
        ['Month', ...PROJECTION.map((column) => column.label)],
        ...monthRows,
      ],
    },
  ];

  const plan = workforce
    ? workforceColumns({
        headerRow,
        firstMonthRow,
        horizonMonths: inputs.horizonMonths,
        firstColumn: PROJECTION.length + 1,
        namedCell: (name) => absolute(names.find((candidate) => candidate.name === name)!.address),
      })
    : undefined;
  if (plan) {
    blocks.push(plan.block);
    formats.push(...plan.formats);
  }

  const monthRange = (column: number) => `${toAddress(firstMonthRow, column)}:${toAddress(lastMonthRow, column)}`;
  return {
    baseName: MODEL_SHEET_BASE_NAME,
    blocks,
    names,
    formats,
    inputRange: `${toAddress(FIRST_BLOCK_ROW, INPUT_COLUMN)}:${toAddress(FIRST_BLOCK_ROW + inputRows.length - 1, INPUT_COLUMN)}`,
    headerRanges: [
      'A1',
      `A${FIRST_BLOCK_ROW}:C${FIRST_BLOCK_ROW}`,
      `E${FIRST_BLOCK_ROW}:F${FIRST_BLOCK_ROW}`,
      `A${headerRow + 1}:${toAddress(headerRow, PROJECTION.length + (plan ? plan.block.rows[0].length : 0))}`,
    ],
    chart: {
      title: 'Compute per head vs salary',
      categories: monthRange(0),
      series: [
        { name: 'Compute per head', values: monthRange(1) },
        { name: 'Salary', values: monthRange(2) },
      ],
      placement: { topLeft: 'H4', bottomRight: 'P22' },
    },
    extraCharts: plan ? [plan.chart] : [],
  };
}
