import { DOMAINS } from '../domain';
import type { ParamSpec } from '../types';

/** Parameters that recur across functions, described once so every function says the same. */
export const PARAMS = {
  computePerHead: {
    name: 'compute_per_head',
    description: 'Annual AI compute spend per engineer ($ a year).',
    domain: DOMAINS.money,
  },
  salary: { name: 'salary', description: 'Annual base salary per engineer.', domain: DOMAINS.money },
  costPerHead: {
    name: 'cost_per_head',
    description: 'Annual cost of one engineer without compute: base salary, or HC.LOADED_COST(…).',
    domain: DOMAINS.money,
  },
  annualBudget: {
    name: 'annual_budget',
    description: 'Budget for people and compute, per year.',
    domain: DOMAINS.money,
  },
  bonus: { name: 'bonus', description: 'Target annual bonus. Default 0.', default: 0, domain: DOMAINS.money },
  equity: {
    name: 'equity',
    description: 'Annual vesting value of equity. Default 0.',
    default: 0,
    domain: DOMAINS.money,
  },
  pricePerMillion: {
    name: 'price_per_million',
    description:
      'Price in $ per million tokens (blended over the usage mix), or a model id such as "gpt-4o" for its 3:1 input:output blend.',
    type: 'price',
    domain: DOMAINS.money,
  },
  daysPerYear: {
    name: 'days_per_year',
    description: 'Days a year the tokens are used. Default 230 working days; 365 for agents that run unattended.',
    default: 230,
    domain: DOMAINS.days,
  },
  usageGrowth: {
    name: 'usage_growth',
    description: 'Growth of token usage per year (1 = doubling, 9 = 10×).',
    domain: DOMAINS.growth,
  },
  priceChange: {
    name: 'price_change',
    description: 'Change of the price per token per year (-0.9 = 10× cheaper a year). Default 0.',
    default: 0,
    domain: DOMAINS.growth,
  },
  salaryGrowth: {
    name: 'salary_growth',
    description: 'Growth of salary per year. Default 0.',
    default: 0,
    domain: DOMAINS.growth,
  },
} as const satisfies Record<string, ParamSpec>;
