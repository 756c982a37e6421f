import type { UsageProfileId } from './inputs';
import { PROFILE_MIXES, type TokenMix } from './token-mix';

export interface UsageProfile {
  id: UsageProfileId;
  label: string;
  /** Tokens per day, days a year and token mix the profile fills in; `custom` fills nothing. */
  fills?: { tokensPerDay: number; daysPerYear: number } & TokenMix;
  source: string;
}

/** The usage scales public reporting describes (/work/shared/figures.md), as starting points to edit. */
export const USAGE_PROFILES: readonly UsageProfile[] = [
  {
    id: 'writer',
    label: 'Writer',
    fills: { tokensPerDay: 20000, daysPerYear: 230, ...PROFILE_MIXES.writer },
    source:
      'TechCrunch, "AI Tokens: Signing Bonus or Business Expense?": thousands of tokens per session (here 5 sessions × 4,000)',
  },
  {
    id: 'engineer',
    label: 'Engineer with a coding assistant',
    fills: { tokensPerDay: 5000000, daysPerYear: 230, ...PROFILE_MIXES.engineer },
    source: 'same article and vendor usage reports: millions of tokens per working day',
  },
  {
    id: 'swarm',
    label: 'Agent swarm, running every day (365 days)',
    fills: { tokensPerDay: 100000000, daysPerYear: 365, ...PROFILE_MIXES.swarm },
    source: 'same article; public leaderboards 2026: tens to hundreds of millions of tokens a day',
  },
  { id: 'custom', label: 'Custom tokens per day', source: 'your own figure' },
];

export function usageProfile(id: UsageProfileId): UsageProfile {
  const profile = USAGE_PROFILES.find((candidate) => candidate.id === id);
  if (!profile) throw new Error(`no usage profile ${id}`);
  return profile;
}
