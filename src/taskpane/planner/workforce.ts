import { isHcError } from '../../model/errors';
import { findFunction, runFunction, type OutputCell, type ParamSpec } from '../../registry';
import type { PlannerInputs } from './inputs';
import type { Results } from './results';

/** The workforce plan the panel takes: a constant number of hires a month over the horizon. */
export interface WorkforcePlan {
  startHeads: number;
  hiresPerMonth: number;
  annualAttrition: number;
  rampMonths: number;
  oneTimePerHire: number;
}

export type WorkforceKey = keyof WorkforcePlan;

export interface WorkforceField {
  key: WorkforceKey;
  label: string;
  hint: string;
  /** The registry parameter whose domain and name the field follows. */
  param: ParamSpec;
  percent?: boolean;
  /** Name of the input cell on an inserted model sheet. */
  cellName: string;
}

function paramOf(functionId: string, name: string): ParamSpec {
  const param = findFunction(functionId)?.params.find((candidate) => candidate.name === name);
  if (!param) throw new Error(`the registry has no ${functionId} parameter ${name}`);
  return param;
}

export const WORKFORCE_FIELDS: readonly WorkforceField[] = [
  {
    key: 'startHeads',
    label: 'Start heads',
    hint: 'at the start of month 1',
    param: paramOf('HEADCOUNT_PLAN', 'start_heads'),
    cellName: 'HC_StartHeads',
  },
  {
    key: 'hiresPerMonth',
    label: 'Hires per month',
    hint: 'every month of the horizon',
    param: { ...paramOf('HEADCOUNT_PLAN', 'hires'), name: 'hires' },
    cellName: 'HC_HiresPerMonth',
  },
  {
    key: 'annualAttrition',
    label: 'Attrition',
    hint: '% leaving a year',
    param: paramOf('HEADCOUNT_PLAN', 'annual_attrition'),
    percent: true,
    cellName: 'HC_Attrition',
  },
  {
    key: 'rampMonths',
    label: 'Ramp',
    hint: 'months to full productivity',
    param: paramOf('HEADCOUNT_PLAN', 'ramp_months'),
    cellName: 'HC_RampMonths',
  },
  {
    key: 'oneTimePerHire',
    label: 'One-time cost per hire',
    hint: '$ recruiting and onboarding',
    param: paramOf('COST_PLAN', 'one_time_per_hire'),
    cellName: 'HC_OneTimePerHire',
  },
];

/** A team of ten hiring one a month, losing 10% a year, three months to ramp, $20k to hire. */
export const DEFAULT_WORKFORCE: WorkforcePlan = {
  startHeads: 10,
  hiresPerMonth: 1,
  annualAttrition: 0.1,
  rampMonths: 3,
  oneTimePerHire: 20000,
};

/** What the panel says about a plan: when compute passes people spend, and the hires the budget allows. */
export interface WorkforceOutlook {
  /** Heads at the end of the horizon, or the plan's error. */
  headsAtHorizon: OutputCell;
  /** First month whose compute cost exceeds its people cost; null = not within the horizon. */
  computePassesPeople: number | null | OutputCell;
  /** HC.AFFORDABLE_HIRES with the annual budget as a run rate at the horizon. */
  affordableHires: OutputCell;
}

const run = (id: string, args: readonly unknown[]) => runFunction(findFunction(id)!, args);

/**
 * The plan through the HC functions an inserted sheet uses (HEADCOUNT_PLAN, COST_PLAN, AFFORDABLE_HIRES),
 * with the panel's loaded cost as the cost per head and its compute per head, growth and price change.
 */
export function workforceOutlook(inputs: PlannerInputs, results: Results, plan: WorkforcePlan): WorkforceOutlook {
  const { loadedCost, computePerHead } = results;
  const months = inputs.horizonMonths;
  const hires = Array.from({ length: months }, () => [plan.hiresPerMonth]);
  const heads = run('HEADCOUNT_PLAN', [plan.startHeads, hires, plan.annualAttrition, plan.rampMonths]);
  const headsAtHorizon = heads[months - 1]?.[0] ?? heads[0][0];
  const affordableHires = run('AFFORDABLE_HIRES', [
    inputs.budget,
    plan.startHeads,
    loadedCost,
    computePerHead,
    inputs.usageGrowth,
    months,
    plan.annualAttrition,
    inputs.priceChange,
    inputs.salaryGrowth,
    'run_rate',
  ])[0][0];
  if (isHcError(headsAtHorizon)) return { headsAtHorizon, computePassesPeople: headsAtHorizon, affordableHires };
  const costs = run('COST_PLAN', [
    heads.map((row) => [row[0]]),
    loadedCost,
    computePerHead,
    inputs.usageGrowth,
    inputs.priceChange,
    inputs.salaryGrowth,
    plan.oneTimePerHire,
    hires,
  ]);
  const error = costs.flat().find((cell, index) => index % 4 < 2 && isHcError(cell));
  if (error) return { headsAtHorizon, computePassesPeople: error, affordableHires };
  const crossing = costs.findIndex(([people, compute]) => (compute as number) > (people as number));
  return { headsAtHorizon, computePassesPeople: crossing < 0 ? null : crossing + 1, affordableHires };
}
