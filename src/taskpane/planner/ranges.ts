import { isHcError } from '../../model/errors';
import { formatNumber } from '../../registry/format';
import type { DriverName, UncertainScenario } from '../../uncertainty/scenario';
import type { MonthRange, OutcomeRange, SimulationSummary, Unavailable } from '../../uncertainty/simulate';
import { toAddress } from '../model-sheet/a1';
import type { CellContent, SheetLayout } from '../ports/workbook-port';
import type { NumericInputKey, PlannerInputs } from './inputs';
import type { Results } from './results';

/** The inputs an analyst may state as a range, with the panel input each one replaces. */
export const DRIVER_FIELDS: readonly { driver: DriverName; input: NumericInputKey; label: string }[] = [
  { driver: 'usage_growth', input: 'usageGrowth', label: 'Usage growth' },
  { driver: 'price_change', input: 'priceChange', label: 'Price change' },
  { driver: 'salary_growth', input: 'salaryGrowth', label: 'Salary growth' },
  { driver: 'uplift', input: 'uplift', label: 'Uplift' },
];

/** What the analyst typed per driver; empty text means "the panel's number". */
export type DriverTexts = Record<DriverName, string>;

export const EMPTY_DRIVER_TEXTS: DriverTexts = { usage_growth: '', price_change: '', salary_growth: '', uplift: '' };

/**
 * The scenario the uncertainty worker simulates: today's figures from the panel's results (so the
 * worker starts from the same HC function values the panel shows) and each driver's text, or the
 * panel's number where the text is empty. A string when the panel's own results are in error.
 */
export function uncertainScenario(
  inputs: PlannerInputs,
  results: Results,
  texts: DriverTexts,
): UncertainScenario | string {
  const { computePerHead, loadedCost } = results;
  if (isHcError(computePerHead)) return `compute per head is ${computePerHead.code} ${computePerHead.message}`;
  if (isHcError(loadedCost)) return `loaded cost is ${loadedCost.code} ${loadedCost.message}`;
  const drivers = Object.fromEntries(
    DRIVER_FIELDS.map(({ driver, input }) => [
      driver,
      texts[driver].trim() === '' ? inputs[input] : texts[driver].trim(),
    ]),
  ) as Record<DriverName, string | number>;
  return {
    computePerHead,
    salary: inputs.salary,
    loadedCost,
    teamSize: inputs.teamSize,
    budget: inputs.budget,
    horizonMonths: inputs.horizonMonths,
    drivers,
  };
}

const oneDecimal = (value: number) =>
  value.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
/** A share of draws; a share too small to show as 0.1% still reads as more than none. */
export const shareText = (share: number): string =>
  share > 0 && share < 0.0005 ? '<0.1%' : `${oneDecimal(share * 100)}%`;

/** One percentile as the panel shows it: "23.9" or "never". */
export const percentileText = (value: number | null): string => (value === null ? 'never' : oneDecimal(value));

/** "P10 21.0 · P50 23.9 · P90 27.5 months; never in 3.0% of draws". */
export function rangeText(range: OutcomeRange | Unavailable, unit: string): string {
  if ('unavailable' in range) return `not available: ${range.unavailable}`;
  const spread = `P10 ${percentileText(range.p10)} · P50 ${percentileText(range.p50)} · P90 ${percentileText(range.p90)} ${unit}`;
  return range.shareNever > 0 ? `${spread}; never in ${shareText(range.shareNever)} of draws` : spread;
}

/** Rows of the results sheet's summary: outcome, P10, P50, P90, share never (blank percentiles = never). */
function summaryRows(summary: SimulationSummary): CellContent[][] {
  const row = (label: string, range: OutcomeRange | Unavailable): CellContent[] =>
    'unavailable' in range
      ? [label, `not available: ${range.unavailable}`, null, null, null]
      : [label, range.p10 ?? 'never', range.p50 ?? 'never', range.p90 ?? 'never', range.shareNever];
  return [
    row('Months to parity', summary.monthsToParity),
    row('Breakeven headcount at the horizon', summary.breakevenHeadcountAtHorizon),
    row('Effective headcount at the horizon', summary.effectiveHeadcountAtHorizon),
    row('Budget run-out month', summary.budgetRunoutMonth),
  ];
}

export const RESULTS_SHEET_BASE_NAME = 'HC Ranges';

/**
 * The "Insert results sheet" layout: the simulation's settings, the summary (P10/P50/P90 and share
 * never of each outcome), each driver's range, the tornado and the fan of compute per head by month
 * with a native line chart over it. Values, not formulas: it records one run.
 */
export function resultsSheetLayout(
  summary: SimulationSummary,
  texts: Record<DriverName, string | number>,
): SheetLayout {
  const fanTitleRow = 22; // 0-based row 23: under the summary, the drivers and the tornado
  const firstMonthRow = fanTitleRow + 2;
  const lastMonthRow = firstMonthRow + summary.computePerHeadByMonth.length - 1;
  const salaryAt = new Map(summary.salaryByMonth.map((row) => [row.month, row]));
  const fanRows = summary.computePerHeadByMonth.map((row: MonthRange): CellContent[] => [
    row.month,
    row.p10,
    row.p50,
    row.p90,
    salaryAt.get(row.month)?.p50 ?? null,
  ]);
  const column = (index: number) => `${toAddress(firstMonthRow, index)}:${toAddress(lastMonthRow, index)}`;
  const rejected = summary.rejected.map((rejection) => `${rejection.driver}: ${rejection.draws} (${rejection.reason})`);
  return {
    baseName: RESULTS_SHEET_BASE_NAME,
    blocks: [
      {
        topLeft: 'A1',
        rows: [
          ['HC Ranges — Monte Carlo results'],
          [
            `${summary.draws} draws, seed ${summary.seed}; ${summary.accepted} used${rejected.length ? `, rejected ${rejected.join('; ')}` : ''}. Values of one run: re-run from the panel to update.`,
          ],
        ],
      },
      {
        topLeft: 'A4',
        rows: [['Outcome', 'P10', 'P50', 'P90', 'Share never'], ...summaryRows(summary)],
      },
      {
        topLeft: 'A10',
        rows: [
          ['Driver', 'As typed', 'P10', 'P50', 'P90'],
          ...(Object.keys(summary.drivers) as DriverName[]).map((name): CellContent[] => [
            name,
            String(texts[name]),
            summary.drivers[name].p10,
            summary.drivers[name].p50,
            summary.drivers[name].p90,
          ]),
        ],
      },
      {
        topLeft: 'A16',
        rows: [
          ['Tornado: months to parity', 'Driver at P10', 'Driver at P90', 'Months at P10', 'Months at P90'],
          ...summary.tornado.map((bar): CellContent[] => [
            bar.driver,
            bar.low,
            bar.high,
            bar.monthsAtLow ?? 'never',
            bar.monthsAtHigh ?? 'never',
          ]),
        ],
      },
      {
        topLeft: toAddress(fanTitleRow, 0),
        rows: [
          ['Compute per head by month (annualised, $ a year)'],
          ['Month', 'P10', 'P50', 'P90', 'Salary (P50)'],
          ...fanRows,
        ],
      },
    ],
    names: [],
    formats: [
      { range: 'B5:D8', format: '#,##0.0' },
      { range: 'E5:E8', format: '0.0%' },
      { range: 'C11:E14', format: '0.0%' },
      { range: 'B17:C20', format: '0.0%' },
      { range: 'D17:E20', format: '#,##0.0' },
      { range: `B${firstMonthRow + 1}:E${lastMonthRow + 1}`, format: '$#,##0' },
    ],
    headerRanges: ['A1', 'A4:E4', 'A10:E10', 'A16:E16', `A${fanTitleRow + 2}:E${fanTitleRow + 2}`],
    chart: {
      title: 'Compute per head: P10 / P50 / P90 vs salary',
      categories: column(0),
      series: [
        { name: 'P10', values: column(1) },
        { name: 'P50', values: column(2) },
        { name: 'P90', values: column(3) },
        { name: 'Salary (P50)', values: column(4) },
      ],
      placement: { topLeft: 'G4', bottomRight: 'O22' },
    },
  };
}

/** A driver's checked range for the reason line: "P10 60% · P50 100% · P90 140%". */
export function driverRangeText(range: { p10: number; p50: number; p90: number }, rejectedShare: number): string {
  const pct = (value: number) => `${formatNumber(Math.round(value * 1000) / 10)}%`;
  const text = `P10 ${pct(range.p10)} · P50 ${pct(range.p50)} · P90 ${pct(range.p90)}`;
  return rejectedShare > 0 ? `${text}; ${shareText(rejectedShare)} of draws ≤ −100% are rejected` : text;
}
