import { findFunction } from '../../registry';
import { PARAMS } from '../../registry/functions/params';
import type { ParamSpec } from '../../registry';

/** The usage profiles the panel offers; `custom` keeps whatever tokens/day the analyst typed. */
export type UsageProfileId = 'writer' | 'engineer' | 'swarm' | 'custom';

/** Every number the planner works from. Rates and growths are fractions, as the HC functions take them. */
export interface PlannerInputs {
  teamSize: number;
  salary: number;
  bonus: number;
  equity: number;
  loadRate: number;
  otherPerHead: number;
  usageProfile: UsageProfileId;
  tokensPerDay: number;
  /** The token mix (shares of all tokens) that prices a model picked for the price per million. */
  outputShare: number;
  cachedShare: number;
  pricePerMillion: number;
  daysPerYear: number;
  usageGrowth: number;
  priceChange: number;
  salaryGrowth: number;
  horizonMonths: number;
  budget: number;
  uplift: number;
  annualReturn: number;
  taxRate: number;
}

export type NumericInputKey = Exclude<keyof PlannerInputs, 'usageProfile'>;

/** A parameter of a registry function, so the panel checks a field with the function's own domain. */
function paramOf(functionId: string, name: string): ParamSpec {
  const param = findFunction(functionId)?.params.find((candidate) => candidate.name === name);
  if (!param) throw new Error(`the registry has no ${functionId} parameter ${name}`);
  return param;
}

export interface FieldSpec {
  key: NumericInputKey;
  label: string;
  /** Shown after the label: the unit and how to type the value. */
  hint: string;
  /** The registry parameter whose domain (and name, in messages) the field follows. */
  param: ParamSpec;
  /** Shown as a percentage; stored as a fraction. */
  percent?: boolean;
  /** Name of the input cell on an inserted model sheet (sheet-scoped, `HC_` prefix); absent = not a cell. */
  cellName?: string;
}

/** Inputs that no HC function takes directly: the panel's own, checked with the same domain rules. */
const TEAM_SIZE: ParamSpec = {
  name: 'team_size',
  description: 'Engineers in the team.',
  domain: { min: 1, integer: true },
};
/** Upper bound keeps an inserted monthly table to a readable 20 years. */
const HORIZON: ParamSpec = {
  name: 'horizon_months',
  description: 'Months the projection covers.',
  domain: { min: 1, max: 240, integer: true },
};

/** The form, in display order, grouped as the panel shows it. */
export const FIELD_GROUPS: readonly { title: string; fields: readonly FieldSpec[] }[] = [
  {
    title: 'Team and pay',
    fields: [
      { key: 'teamSize', label: 'Team size', hint: 'engineers', param: TEAM_SIZE, cellName: 'HC_TeamSize' },
      { key: 'salary', label: 'Base salary', hint: '$ a year', param: PARAMS.salary, cellName: 'HC_Salary' },
      { key: 'bonus', label: 'Bonus', hint: '$ a year, target', param: PARAMS.bonus, cellName: 'HC_Bonus' },
      { key: 'equity', label: 'Equity', hint: '$ vesting a year', param: PARAMS.equity, cellName: 'HC_Equity' },
      {
        key: 'loadRate',
        label: 'Load rate',
        hint: '% on cash pay',
        param: paramOf('LOADED_COST', 'load_rate'),
        percent: true,
        cellName: 'HC_LoadRate',
      },
      {
        key: 'otherPerHead',
        label: 'Other cost per head',
        hint: '$ a year',
        param: paramOf('LOADED_COST', 'other_per_head'),
        cellName: 'HC_OtherPerHead',
      },
      {
        key: 'salaryGrowth',
        label: 'Salary growth',
        hint: '% a year',
        param: PARAMS.salaryGrowth,
        percent: true,
        cellName: 'HC_SalaryGrowth',
      },
    ],
  },
  {
    title: 'AI usage',
    fields: [
      {
        key: 'tokensPerDay',
        label: 'Tokens per day',
        hint: 'per engineer',
        param: paramOf('COMPUTE_PER_HEAD', 'tokens_per_day'),
        cellName: 'HC_TokensPerDay',
      },
      {
        key: 'outputShare',
        label: 'Output share',
        hint: '% of tokens; prices a picked model',
        param: paramOf('BLENDED_PRICE', 'output_share'),
        percent: true,
      },
      {
        key: 'cachedShare',
        label: 'Cache-read share',
        hint: '% of tokens; prices a picked model',
        param: paramOf('BLENDED_PRICE', 'cached_share'),
        percent: true,
      },
      {
        key: 'pricePerMillion',
        label: 'Price per million tokens',
        hint: '$, blended',
        param: PARAMS.pricePerMillion,
        cellName: 'HC_PricePerMillion',
      },
      {
        key: 'daysPerYear',
        label: 'Days per year',
        hint: 'days the tokens are used',
        param: PARAMS.daysPerYear,
        cellName: 'HC_DaysPerYear',
      },
      {
        key: 'usageGrowth',
        label: 'Usage growth',
        hint: '% a year (100% = doubling)',
        param: PARAMS.usageGrowth,
        percent: true,
        cellName: 'HC_UsageGrowth',
      },
      {
        key: 'priceChange',
        label: 'Price change',
        hint: '% a year (−90% = 10× cheaper)',
        param: PARAMS.priceChange,
        percent: true,
        cellName: 'HC_PriceChange',
      },
    ],
  },
  {
    title: 'Plan',
    fields: [
      {
        key: 'budget',
        label: 'Budget',
        hint: '$ a year, people and compute',
        param: PARAMS.annualBudget,
        cellName: 'HC_Budget',
      },
      {
        key: 'uplift',
        label: 'Expected uplift',
        hint: '% more output per engineer',
        param: paramOf('EFFECTIVE_HEADCOUNT', 'uplift'),
        percent: true,
        cellName: 'HC_Uplift',
      },
      // The monthly table's length is fixed when a sheet is inserted (no spill sized by a cell), so no input cell.
      { key: 'horizonMonths', label: 'Horizon', hint: 'months', param: HORIZON },
    ],
  },
  {
    title: 'Employee view',
    fields: [
      {
        key: 'annualReturn',
        label: 'Return on invested cash',
        hint: '% a year',
        param: paramOf('FOREGONE_WEALTH', 'annual_return'),
        percent: true,
        cellName: 'HC_AnnualReturn',
      },
      {
        key: 'taxRate',
        label: 'Tax rate on cash',
        hint: '%',
        param: paramOf('FOREGONE_WEALTH', 'tax_rate'),
        percent: true,
        cellName: 'HC_TaxRate',
      },
    ],
  },
];

export const FIELDS: readonly FieldSpec[] = FIELD_GROUPS.flatMap((group) => group.fields);

export function fieldOf(key: NumericInputKey): FieldSpec {
  const field = FIELDS.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`no field ${key}`);
  return field;
}

/** What a fresh panel shows: the "$375k + $100k tokens" engineer, a 10-person team, three years. */
export const DEFAULT_INPUTS: PlannerInputs = {
  teamSize: 10,
  salary: 375000,
  bonus: 0,
  equity: 0,
  loadRate: 0.15,
  otherPerHead: 0,
  usageProfile: 'custom',
  tokensPerDay: 40000000,
  outputShare: 0.25,
  cachedShare: 0,
  pricePerMillion: 10,
  daysPerYear: 250,
  usageGrowth: 1,
  priceChange: 0,
  salaryGrowth: 0.03,
  horizonMonths: 36,
  budget: 5000000,
  uplift: 0.27,
  annualReturn: 0.07,
  taxRate: 0,
};
