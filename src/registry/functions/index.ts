import type { FunctionSpec } from '../types';
import { AFFORDABLE_HIRES } from './affordable-hires';
import { BLENDED_PRICE } from './blended-price';
import { BREAKEVEN_HEADCOUNT } from './breakeven-headcount';
import { BREAKEVEN_UPLIFT } from './breakeven-uplift';
import { BUDGET_RUNOUT_MONTH } from './budget-runout-month';
import { COMPUTE_PER_HEAD } from './compute-per-head';
import { COMPUTE_RUN_RATE } from './compute-run-rate';
import { COMPUTE_SPEND } from './compute-spend';
import { COMPUTE_TO_SALARY } from './compute-to-salary';
import { COST_PLAN } from './cost-plan';
import { EFFECTIVE_HEADCOUNT } from './effective-headcount';
import { FOREGONE_WEALTH } from './foregone-wealth';
import { HEADCOUNT_PLAN } from './headcount-plan';
import { LOADED_COST } from './loaded-cost';
import { MONTHS_TO_PARITY } from './months-to-parity';
import { OPTIMAL_MIX } from './optimal-mix';
import { PARITY_PERCENTILES } from './parity-percentiles';
import { SPEND_VARIANCE } from './spend-variance';
import { TOKENPRICE } from './tokenprice';
import { TOKENS_FOR_BUDGET } from './tokens-for-budget';
import { TOKENSHARE } from './tokenshare';

/** The catalogue, in the order docs and `hcplan list` show it. Ids are public API. */
export const FUNCTIONS: readonly FunctionSpec[] = [
  COMPUTE_PER_HEAD,
  TOKENS_FOR_BUDGET,
  TOKENSHARE,
  COMPUTE_TO_SALARY,
  LOADED_COST,
  BREAKEVEN_HEADCOUNT,
  BREAKEVEN_UPLIFT,
  EFFECTIVE_HEADCOUNT,
  MONTHS_TO_PARITY,
  COMPUTE_RUN_RATE,
  COMPUTE_SPEND,
  BUDGET_RUNOUT_MONTH,
  OPTIMAL_MIX,
  FOREGONE_WEALTH,
  SPEND_VARIANCE,
  PARITY_PERCENTILES,
  TOKENPRICE,
  BLENDED_PRICE,
  HEADCOUNT_PLAN,
  COST_PLAN,
  AFFORDABLE_HIRES,
];
