import { HcError, Outcome } from '../../model/errors';
import { EXAMPLE_PRICES } from '../../prices/bundled';
import { modelPrice } from '../../prices/lookup';
import { PRICE_KINDS, PriceKind } from '../../prices/kinds';
import { standardBlend } from '../../model/pricing';
import type { FunctionSpec } from '../types';

const NEWEST = 'latest';

function tokenPrice(model: string, kind: string, asOf: number | string): Outcome {
  const chosen = kind.trim().toLowerCase();
  if (!(PRICE_KINDS as readonly string[]).includes(chosen)) {
    return new HcError('#VALUE!', `kind must be input, cached, output or blended, not '${kind}'`);
  }
  return modelPrice(model, chosen as PriceKind, asOf === NEWEST ? undefined : (asOf as number));
}

const {
  'claude-sonnet-4': sonnet,
  'gpt-4o': gpt4o,
  'gemini-2.5-pro': gemini,
  o3,
  'o3@2025-06-01': o3Before,
} = EXAMPLE_PRICES;

export const TOKENPRICE: FunctionSpec = {
  id: 'TOKENPRICE',
  description:
    'Price in $ per million tokens of a model, from the bundled dated price catalogue (@pydantic/genai-prices). ' +
    'kind "blended" is 3 input tokens to 1 output token, no cache reads. Tiered prices give the base tier; ' +
    'cache-write charges are left out. Without as_of, the catalogue’s newest prices: the function is not ' +
    'volatile, its results change only when the bundled catalogue is updated.',
  params: [
    {
      name: 'model',
      description:
        'Model id, any case, with the catalogue’s aliases (e.g. "claude-sonnet-4", "gpt-4o"); "provider/model" picks a provider’s list.',
      type: 'model',
    },
    {
      name: 'kind',
      description:
        '"input", "cached" (cache read), "output" or "blended" (3:1 input:output, no cache). Default "blended".',
      type: 'text',
      default: 'blended',
    },
    {
      name: 'as_of',
      description:
        'Date whose prices to use: an Excel date or text like 2025-06-10. Default "latest": the catalogue’s newest prices, announced changes included; off-peak discounts are left out.',
      type: 'date',
      default: NEWEST,
      domain: { min: 0 },
    },
  ],
  result: { kind: 'scalar' },
  compute: tokenPrice,
  examples: [
    {
      formula: '=HC.TOKENPRICE("claude-sonnet-4", "input")',
      args: ['claude-sonnet-4', 'input'],
      expected: sonnet.input,
    },
    { formula: '=HC.TOKENPRICE("gpt-4o", "output")', args: ['gpt-4o', 'output'], expected: gpt4o.output },
    {
      formula: '=HC.TOKENPRICE("GPT-4o")',
      args: ['GPT-4o'],
      expected: standardBlend(gpt4o.input, gpt4o.output),
      note: 'Blended: 3 input tokens to 1 output token, no cache.',
    },
    {
      formula: '=HC.TOKENPRICE("claude-sonnet-4-20250514", "cached")',
      args: ['claude-sonnet-4-20250514', 'cached'],
      expected: sonnet.cached,
      note: 'A dated alias of the same model; cache reads.',
    },
    {
      formula: '=HC.TOKENPRICE("gemini-2.5-pro", "input")',
      args: ['gemini-2.5-pro', 'input'],
      expected: gemini.input,
      note: 'Tiered prices: the base tier (prompts up to 200k tokens).',
    },
    {
      formula: '=HC.TOKENPRICE("o3", "output", "2025-06-01")',
      args: ['o3', 'output', '2025-06-01'],
      expected: o3Before.output,
      note: `Before the price change of ${o3.since}; without a date: ${o3.output}.`,
    },
    {
      formula: '=HC.TOKENPRICE("gpt-4o", "peak")',
      args: ['gpt-4o', 'peak'],
      expected: { error: '#VALUE!', message: "kind must be input, cached, output or blended, not 'peak'" },
    },
    {
      formula: '=HC.TOKENPRICE("gpt-4o", "input", "June 2025")',
      args: ['gpt-4o', 'input', 'June 2025'],
      expected: { error: '#VALUE!', message: 'as_of must be a date: an Excel date or text like 2025-06-10' },
    },
    {
      formula: '=HC.TOKENPRICE("claude-sonet-4")',
      args: ['claude-sonet-4'],
      expected: { error: '#N/A' },
      note: 'Unknown model: the message names the closest ids.',
    },
  ],
};
