import type { PlannerInputs } from './inputs';

export interface Preset {
  id: string;
  label: string;
  /** Where the figure comes from (/work/shared/figures.md), shown beside the preset. */
  source: string;
  /** The inputs the preset fills; every other input keeps the analyst's value. */
  fills: Partial<PlannerInputs>;
}

const TECHCRUNCH = 'TechCrunch, "AI Tokens: Signing Bonus or Business Expense?"';

/**
 * Public figures as starting points. Each fills inputs only — compute per head then follows from
 * tokens/day × price × days, so the figure appears as a result, never as a hidden constant.
 */
export const PRESETS: readonly Preset[] = [
  {
    id: 'half-of-salary',
    label: 'Tokens worth half of salary',
    source: `Nvidia CEO's proposal, ${TECHCRUNCH}`,
    // $250k salary; 50M tokens/day × $10 per million × 250 days = $125k of compute.
    fills: { salary: 250000, usageProfile: 'custom', tokensPerDay: 50000000, pricePerMillion: 10, daysPerYear: 250 },
  },
  {
    id: 'tunguz',
    label: '$375k + $100k tokens',
    source: `Tomasz Tunguz's example, ${TECHCRUNCH}`,
    // 40M tokens/day × $10 × 250 days = $100k: one in five compensation dollars is compute.
    fills: { salary: 375000, usageProfile: 'custom', tokensPerDay: 40000000, pricePerMillion: 10, daysPerYear: 250 },
  },
  {
    id: 'usage-above-salary',
    label: 'Usage above salary',
    source: `A Stockholm engineer's usage likely above his salary, ${TECHCRUNCH}; 870M tokens/day at the top of public leaderboards`,
    // 300M tokens/day of mostly cached reads at a blended $1.50 per million, 365 days ≈ $164k vs $150k.
    fills: { salary: 150000, usageProfile: 'custom', tokensPerDay: 300000000, pricePerMillion: 1.5, daysPerYear: 365 },
  },
  {
    id: 'agent-swarm',
    label: 'Agent swarm',
    source: `${TECHCRUNCH}: agent swarms use tens to hundreds of millions of tokens a day, running every day`,
    fills: { usageProfile: 'swarm', tokensPerDay: 100000000, pricePerMillion: 2, daysPerYear: 365 },
  },
];
