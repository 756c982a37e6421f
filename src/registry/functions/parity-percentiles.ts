import { MAX_DRAWS, parityPercentiles } from '../../model/parity-percentiles';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

const single = { kind: 'single' } as const;

export const PARITY_PERCENTILES: FunctionSpec = {
  id: 'PARITY_PERCENTILES',
  description:
    'Months to parity when compute growth is uncertain: one row of [P10, P50, P90, share of draws that never reach parity], from seeded random draws of one annual growth factor each. #N/A where a percentile never reaches parity.',
  params: [
    { ...PARAMS.computePerHead, ...single },
    { ...PARAMS.salary, ...single },
    {
      name: 'growth_median',
      description: 'Median growth of compute spend per year (1 = doubling).',
      ...single,
      domain: DOMAINS.growth,
    },
    {
      name: 'growth_log_sd',
      description: 'Spread of the annual growth factor: sd of its logarithm (0.5 ≈ ×/÷ 1.65 at one sd; 0 = certain).',
      ...single,
      domain: DOMAINS.rate,
    },
    { ...PARAMS.salaryGrowth, ...single },
    {
      name: 'draws',
      description: `Number of random draws. Default 10000, at most ${MAX_DRAWS}.`,
      ...single,
      default: 10_000,
      domain: { min: 1, max: MAX_DRAWS, integer: true },
    },
    {
      name: 'seed',
      description: 'Seed of the random draws: the same seed gives the same result. Default 1.',
      ...single,
      default: 1,
      domain: { min: 0, max: 2 ** 32 - 1, integer: true },
    },
  ],
  result: { kind: 'row', labels: ['P10 months', 'P50 months', 'P90 months', 'share never'] },
  // A row mixing numbers and #N/A cells: the runner checks every cell, HcError or finite number.
  compute: parityPercentiles,
  // Seeded draws have no native form; a share-safe copy keeps the percentiles computed when it is made.
  frozenInShare: true,
  examples: [
    {
      formula: '=HC.PARITY_PERCENTILES(125000, 250000, 1, 0)',
      args: [125000, 250000, 1, 0],
      expected: [[12, 12, 12, 0]],
      note: 'No spread: every draw doubles usage a year, so every percentile is MONTHS_TO_PARITY’s 12.',
    },
    {
      formula: '=HC.PARITY_PERCENTILES(125000, 250000, 1, 0.5)',
      args: [125000, 250000, 1, 0.5],
      expected: [[6.264433287078672, 12.112599938799082, 164.72398491793146, 0.0819]],
      note: 'Doubling a year at the median, log sd 0.5: parity in 6 to 165 months (closed form 6.2, 12, 159); 8% of draws never get there.',
    },
    {
      formula: '=HC.PARITY_PERCENTILES(100000, 375000, 0.5, 0.3, 0.03)',
      args: [100000, 375000, 0.5, 0.3, 0.03],
      expected: [
        [
          20.96129231192256,
          42.6326819069767,
          { error: '#N/A', message: 'never: P90 falls among the draws that never reach parity' },
          0.1075,
        ],
      ],
      note: 'About 11% of draws never outgrow a salary rising 3% a year, so P90 is never.',
    },
    {
      formula: '=HC.PARITY_PERCENTILES(125000, 250000, 1, 0.5, 0, 200000)',
      args: [125000, 250000, 1, 0.5, 0, 200000],
      expected: [
        Array.from({ length: 4 }, () => ({
          error: '#NUM!' as const,
          message: `draws must be a whole number between 1 and ${MAX_DRAWS}`,
        })),
      ],
    },
  ],
};
