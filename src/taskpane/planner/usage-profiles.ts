import type { UsageProfileId } from './inputs';

export interface UsageProfile {
  id: UsageProfileId;
  label: string;
  /** Tokens per day and days a year the profile fills in; `custom` fills nothing. */
  fills?: { tokensPerDay: number; daysPerYear: number };
  source: string;
}

/** The usage scales public reporting describes (/work/shared/figures.md), as starting points to edit. */
export const USAGE_PROFILES: readonly UsageProfile[] = [
  {
    id: 'writer',
    label: 'Writer',
    fills: { tokensPerDay: 20000, daysPerYear: 230 },
    source:
      'TechCrunch, "AI Tokens: Signing Bonus or Business Expense?": thousands of tokens per session (here 5 sessions × 4,000)',
  },
  {
    id: 'engineer',
    label: 'Engineer with a coding assistant',
    fills: { tokensPerDay: 5000000, daysPerYear: 230 },
    source: 'same article and vendor usage reports: millions of tokens per working day',
  },
  {
    id: 'swarm',
    label: 'Agent swarm, running every day (365 days)',
    fills: { tokensPerDay: 100000000, daysPerYear: 365 },
    source: 'same article; public leaderboards 2026: tens to hundreds of millions of tokens a day',
  },
  { id: 'custom', label: 'Custom tokens per day', source: 'your own figure' },
];

export function usageProfile(id: UsageProfileId): UsageProfile {
  const profile = USAGE_PROFILES.find((candidate) => candidate.id === id);
  if (!profile) throw new Error(`no usage profile ${id}`);
  return profile;
}
