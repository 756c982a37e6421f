import { tokensForBudget } from '../../model/compute';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

export const TOKENS_FOR_BUDGET: FunctionSpec = {
  id: 'TOKENS_FOR_BUDGET',
  description: 'Tokens per day that an annual compute budget buys: budget ÷ days per year ÷ price per million × 10⁶.',
  params: [
    { ...PARAMS.annualBudget, description: 'Annual compute budget per engineer.' },
    PARAMS.pricePerMillion,
    PARAMS.daysPerYear,
  ],
  result: { kind: 'scalar' },
  compute: tokensForBudget,
  examples: [
    {
      formula: '=HC.TOKENS_FOR_BUDGET(250000, 10)',
      args: [250000, 10],
      expected: (250000 / 230 / 10) * 1e6,
      note: "A top user's $250,000 a year buys about 109 million tokens a working day at $10 per million.",
    },
    {
      formula: '=HC.TOKENS_FOR_BUDGET(250000, 0)',
      args: [250000, 0],
      expected: { error: '#DIV/0!', message: 'price_per_million is 0' },
    },
  ],
};
