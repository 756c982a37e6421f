import { tokensForBudget } from '../../model/compute';
import { standardBlend } from '../../model/pricing';
import { EXAMPLE_PRICES } from '../../prices/bundled';
import type { FunctionSpec } from '../types';
import { PARAMS } from './params';

const { 'gpt-4o': gpt4o } = EXAMPLE_PRICES;

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
  native: (v) => `(${v.annual_budget}/${v.days_per_year}/${v.price_per_million})*1000000`,
  examples: [
    {
      formula: '=HC.TOKENS_FOR_BUDGET(250000, 10)',
      args: [250000, 10],
      expected: (250000 / 230 / 10) * 1e6,
      note: "A top user's $250,000 a year buys about 109 million tokens a working day at $10 per million.",
    },
    {
      formula: '=HC.TOKENS_FOR_BUDGET(250000, "gpt-4o")',
      args: [250000, 'gpt-4o'],
      expected: (250000 / 230 / standardBlend(gpt4o.input, gpt4o.output)) * 1e6,
      note: 'A model id stands for its labelled 3:1 input:output blend.',
    },
    {
      formula: '=HC.TOKENS_FOR_BUDGET(250000, 0)',
      args: [250000, 0],
      expected: { error: '#DIV/0!', message: 'price_per_million is 0' },
    },
  ],
};
