import type { NumericInputKey } from './inputs';

/**
 * The planner's results, defined ONCE as HC function calls over the inputs. The panel evaluates them
 * with the registry runner; an inserted model sheet writes the same calls as `=HC.…` formulas over the
 * sheet's named input cells. So the panel and the sheet cannot disagree.
 */
export type Operand =
  | { input: NumericInputKey }
  | { measure: MeasureKey }
  | { constant: number }
  | { sum: readonly Operand[] }
  | { difference: readonly [Operand, Operand] }
  | { product: readonly [Operand, Operand] }
  /** In the monthly table: the row's month number, or another column of the same row. */
  | { month: true }
  | { column: ProjectionKey };

export type MeasureFormat = 'money' | 'percent' | 'multiple' | 'heads' | 'months';

export interface Measure {
  key: MeasureKey;
  label: string;
  format: MeasureFormat;
  /** An HC function id and its arguments, or (no function) plain arithmetic of one operand. */
  call: { fn: string; args: readonly Operand[] } | { value: Operand };
  /** Name of the summary cell on an inserted model sheet. */
  cellName: string;
  /** One line on what the number means, shown as the result's description. */
  note: string;
}

export type MeasureKey =
  | 'computePerHead'
  | 'loadedCost'
  | 'tokenShare'
  | 'computeToSalary'
  | 'breakevenHeadcount'
  | 'breakevenUplift'
  | 'effectiveHeadcount'
  | 'monthsToParity'
  | 'budgetRunoutMonth'
  | 'headlinePackage'
  | 'wealthPackage'
  | 'foregoneWealth';

const input = (key: NumericInputKey): Operand => ({ input: key });
const measure = (key: MeasureKey): Operand => ({ measure: key });

/** Years over which the employee view weighs the token allowance against cash (issue 5: four years). */
export const FOREGONE_YEARS = 4;

/** In evaluation order: a measure only refers to measures above it. */
export const MEASURES: readonly Measure[] = [
  {
    key: 'computePerHead',
    label: 'Compute per head',
    format: 'money',
    call: { fn: 'COMPUTE_PER_HEAD', args: [input('tokensPerDay'), input('pricePerMillion'), input('daysPerYear')] },
    cellName: 'HC_ComputePerHead',
    note: 'annual AI compute per engineer',
  },
  {
    key: 'loadedCost',
    label: 'Loaded cost',
    format: 'money',
    call: {
      fn: 'LOADED_COST',
      args: [input('salary'), input('loadRate'), input('bonus'), input('equity'), input('otherPerHead')],
    },
    cellName: 'HC_LoadedCost',
    note: 'employer cost of one engineer, without compute',
  },
  {
    key: 'tokenShare',
    label: 'Token share',
    format: 'percent',
    call: { fn: 'TOKENSHARE', args: [measure('computePerHead'), input('salary'), input('bonus'), input('equity')] },
    cellName: 'HC_TokenShare',
    note: 'share of the whole package that is compute',
  },
  {
    key: 'computeToSalary',
    label: 'Compute to salary',
    format: 'multiple',
    call: { fn: 'COMPUTE_TO_SALARY', args: [measure('computePerHead'), input('salary')] },
    cellName: 'HC_ComputeToSalary',
    note: 'compute as a multiple of base salary',
  },
  {
    key: 'breakevenHeadcount',
    label: 'Breakeven headcount',
    format: 'heads',
    call: { fn: 'BREAKEVEN_HEADCOUNT', args: [input('budget'), measure('computePerHead'), measure('loadedCost')] },
    cellName: 'HC_BreakevenHeadcount',
    note: 'engineers the budget pays for, with their compute',
  },
  {
    key: 'breakevenUplift',
    label: 'Breakeven uplift',
    format: 'percent',
    call: { fn: 'BREAKEVEN_UPLIFT', args: [measure('computePerHead'), measure('loadedCost')] },
    cellName: 'HC_BreakevenUplift',
    note: 'output gain at which the compute pays for itself',
  },
  {
    key: 'effectiveHeadcount',
    label: 'Effective headcount',
    format: 'heads',
    call: {
      fn: 'EFFECTIVE_HEADCOUNT',
      args: [input('budget'), measure('computePerHead'), measure('loadedCost'), input('uplift')],
    },
    cellName: 'HC_EffectiveHeadcount',
    note: 'unassisted engineers the budget is worth at the expected uplift',
  },
  {
    key: 'monthsToParity',
    label: 'Months to parity',
    format: 'months',
    call: {
      fn: 'MONTHS_TO_PARITY',
      args: [
        measure('computePerHead'),
        input('salary'),
        input('usageGrowth'),
        input('priceChange'),
        input('salaryGrowth'),
      ],
    },
    cellName: 'HC_MonthsToParity',
    note: 'until compute per head reaches salary',
  },
  {
    key: 'budgetRunoutMonth',
    label: 'Budget run-out month',
    format: 'months',
    call: {
      fn: 'BUDGET_RUNOUT_MONTH',
      // The compute allowance is what the budget leaves after the team's loaded cost; it runs out as usage grows.
      args: [
        { difference: [input('budget'), { product: [input('teamSize'), measure('loadedCost')] }] },
        { product: [input('teamSize'), measure('computePerHead')] },
        input('usageGrowth'),
        input('priceChange'),
      ],
    },
    cellName: 'HC_BudgetRunoutMonth',
    note: 'until the team’s compute uses up the budget left after people',
  },
  {
    key: 'headlinePackage',
    label: 'Headline package',
    format: 'money',
    call: { value: { sum: [input('salary'), input('bonus'), input('equity'), measure('computePerHead')] } },
    cellName: 'HC_HeadlinePackage',
    note: 'salary, bonus, equity and the token allowance',
  },
  {
    key: 'wealthPackage',
    label: 'Wealth-building package',
    format: 'money',
    call: { value: { sum: [input('salary'), input('bonus'), input('equity')] } },
    cellName: 'HC_WealthPackage',
    note: 'what vests, appreciates and counts in the next negotiation',
  },
  {
    key: 'foregoneWealth',
    label: `Foregone wealth over ${FOREGONE_YEARS} years`,
    format: 'money',
    call: {
      fn: 'FOREGONE_WEALTH',
      args: [
        measure('computePerHead'),
        { constant: FOREGONE_YEARS },
        input('annualReturn'),
        { constant: 0 },
        input('taxRate'),
      ],
    },
    cellName: 'HC_ForegoneWealth',
    note: 'the allowance, paid as cash and invested, after tax',
  },
];

export const EMPLOYEE_MEASURES: readonly MeasureKey[] = [
  'headlinePackage',
  'wealthPackage',
  'tokenShare',
  'foregoneWealth',
];
export const PLANNER_MEASURES: readonly MeasureKey[] = [
  'computePerHead',
  'tokenShare',
  'computeToSalary',
  'loadedCost',
  'breakevenHeadcount',
  'breakevenUplift',
  'effectiveHeadcount',
  'monthsToParity',
  'budgetRunoutMonth',
];

export type ProjectionKey = 'computePerHead' | 'salary' | 'computeToSalary' | 'teamSpend';

export interface ProjectionColumn {
  key: ProjectionKey;
  label: string;
  format: MeasureFormat;
  fn: string;
  args: readonly Operand[];
}

const month: Operand = { month: true };

/** The monthly table's columns after the month number, left to right; a column only refers to columns before it. */
export const PROJECTION: readonly ProjectionColumn[] = [
  {
    key: 'computePerHead',
    label: 'Compute per head (annualised)',
    format: 'money',
    fn: 'COMPUTE_RUN_RATE',
    args: [measure('computePerHead'), input('usageGrowth'), month, input('priceChange')],
  },
  {
    // Pay compounds as smoothly as usage does: the same run-rate function, applied to salary.
    key: 'salary',
    label: 'Salary',
    format: 'money',
    fn: 'COMPUTE_RUN_RATE',
    args: [input('salary'), input('salaryGrowth'), month],
  },
  {
    key: 'computeToSalary',
    label: 'Compute to salary',
    format: 'multiple',
    fn: 'COMPUTE_TO_SALARY',
    args: [{ column: 'computePerHead' }, { column: 'salary' }],
  },
  {
    key: 'teamSpend',
    label: 'Team compute spent to date',
    format: 'money',
    fn: 'COMPUTE_SPEND',
    args: [
      { product: [input('teamSize'), measure('computePerHead')] },
      input('usageGrowth'),
      month,
      input('priceChange'),
    ],
  },
];
