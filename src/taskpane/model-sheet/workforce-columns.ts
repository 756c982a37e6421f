import type { CellBlock, CellContent, ChartSpec, RangeFormat } from '../ports/workbook-port';
import { toAddress } from './a1';

/** Headers of the workforce columns, right of the monthly projection. */
export const WORKFORCE_HEADERS = [
  'Heads (month end)',
  'Productive heads',
  'People cost',
  'Compute cost',
  'Total cost',
  'Compute share',
  'Budget per month',
] as const;

/** Where the monthly table sits: its header row, month 0's row (0-based) and the first free column. */
export interface MonthlyTable {
  headerRow: number;
  firstMonthRow: number;
  horizonMonths: number;
  firstColumn: number;
  /** Absolute address ("$B$22") of a named cell of the sheet (an input or a summary result). */
  namedCell(name: string): string;
}

/**
 * The workforce plan as live formulas beside the monthly table: HEADCOUNT_PLAN spills heads and
 * productive heads from month 1, and COST_PLAN spills people, compute, total and share over the heads
 * column's explicit range (HyperFormula sizes a spill only from a literal or a range, and lacks
 * INDEX(…,0,1) and CHOOSECOLS). Month 0 shows the start heads. A stacked column chart of people and
 * compute cost, with the monthly budget as a line.
 */
export function workforceColumns(table: MonthlyTable): { block: CellBlock; formats: RangeFormat[]; chart: ChartSpec } {
  const { headerRow, firstMonthRow, horizonMonths, firstColumn, namedCell } = table;
  const firstPlanRow = firstMonthRow + 1; // month 1
  const lastPlanRow = firstMonthRow + horizonMonths;
  const column = (offset: number) => toAddress(0, firstColumn + offset).replace(/\d+$/, '');
  const planRange = (offset: number) => `${column(offset)}${firstPlanRow + 1}:${column(offset)}${lastPlanRow + 1}`;
  const heads = planRange(0);
  const rows: CellContent[][] = [[...WORKFORCE_HEADERS], ['=HC_StartHeads', '=HC_StartHeads']];
  for (let month = 1; month <= horizonMonths; month++) {
    const row: CellContent[] = [null, null, null, null, null, null, '=HC_Budget/12'];
    if (month === 1) {
      // Cell references, not names, in the spill and the formula reading its range: HyperFormula 3.5,
      // building a workbook from a file, fails ("Value of the formula cell is not computed") when a formula
      // over a spill's range also uses a named expression — the standalone page's reopened .xlsx would not load.
      const [start, hires, attrition, ramp] = [
        'HC_StartHeads',
        'HC_HiresPerMonth',
        'HC_Attrition',
        'HC_RampMonths',
      ].map(namedCell);
      const hiresColumn = `SEQUENCE(${horizonMonths},1,${hires},0)`;
      row[0] = `=HC.HEADCOUNT_PLAN(${start},${hiresColumn},${attrition},${ramp})`;
      const costArgs = [
        'HC_LoadedCost',
        'HC_ComputePerHead',
        'HC_UsageGrowth',
        'HC_PriceChange',
        'HC_SalaryGrowth',
        'HC_OneTimePerHire',
      ].map(namedCell);
      // The hires too, so each one pays the one-time cost (month 1's, and those replacing leavers).
      row[2] = `=HC.COST_PLAN(${heads},${costArgs.join(',')},${hiresColumn})`;
    }
    rows.push(row);
  }
  const months = `${toAddress(firstPlanRow, 0)}:${toAddress(lastPlanRow, 0)}`;
  const top = headerRow + 1; // 1-based row of the header
  return {
    block: { topLeft: toAddress(headerRow, firstColumn), rows },
    formats: [
      { range: `${column(0)}${top + 1}:${column(1)}${lastPlanRow + 1}`, format: '0.0' },
      { range: `${column(2)}${top + 1}:${column(4)}${lastPlanRow + 1}`, format: '$#,##0' },
      { range: `${column(5)}${top + 1}:${column(5)}${lastPlanRow + 1}`, format: '0.0%' },
      { range: `${column(6)}${top + 1}:${column(6)}${lastPlanRow + 1}`, format: '$#,##0' },
    ],
    chart: {
      title: 'People vs compute cost per month, and the budget',
      kind: 'stackedColumn',
      categories: months,
      series: [
        { name: 'People cost', values: planRange(2) },
        { name: 'Compute cost', values: planRange(3) },
        { name: 'Budget per month', values: planRange(6), line: true },
      ],
      placement: { topLeft: `${column(8)}${top}`, bottomRight: `${column(16)}${top + 19}` },
    },
  };
}
