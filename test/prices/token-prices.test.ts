import { calcPrice, findProvider } from '@pydantic/genai-prices';
import { HcError, isHcError } from '../../src/model/errors';
import { Catalogue, loadCatalogue } from '../../src/prices/catalogue';
import { allModels, CatalogueModel, resolveModel } from '../../src/prices/models';
import { priceOfKind, tokenPrices } from '../../src/prices/token-prices';
import { packagePrice } from './oracle';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const resolve = (id: string): CatalogueModel => {
  const entry = resolveModel(catalogue, id);
  if (isHcError(entry)) throw new Error(entry.message);
  return entry;
};
const pricesOf = (id: string, day?: string) =>
  tokenPrices(catalogue, resolve(id), day ? new Date(`${day}T00:00:00Z`) : undefined);

describe('prices agree with the package’s own calculator', () => {
  it.each([
    'claude-sonnet-4',
    'claude-opus-4-1',
    'gpt-4o',
    'gpt-4o-mini',
    'gpt-5',
    'gemini-2.5-flash',
    'mistral-large-latest',
  ])('%s: input, cache read and output', (model) => {
    const prices = pricesOf(model);
    expect(prices.input).toBeCloseTo(packagePrice(model, 'input'), 12);
    expect(prices.output).toBeCloseTo(packagePrice(model, 'output'), 12);
    if (prices.cached !== undefined) expect(prices.cached).toBeCloseTo(packagePrice(model, 'cached'), 12);
  });

  it('reads the data it is given, not copies: gpt-4o is the package’s openai entry', () => {
    const model = findProvider({ providerId: 'openai' })!.models.find((m) => m.id === 'gpt-4o')!;
    expect(resolve('gpt-4o').model).toBe(model);
  });
});

describe('dated prices (o3: a price cut on 2025-06-10 in the data)', () => {
  const cut = () => {
    const prices = resolve('o3').model.prices;
    if (!Array.isArray(prices)) throw new Error('o3 is no longer dated in this catalogue: pick another dated model');
    return prices.find((entry) => entry.constraint?.type === 'start_date')!.constraint as { start_date: string };
  };

  it('the day before the change gives the old price, the day of it the new one', () => {
    const before = new Date(Date.parse(`${cut().start_date}T00:00:00Z`) - 86_400_000);
    const on = new Date(`${cut().start_date}T00:00:00Z`);
    expect(tokenPrices(catalogue, resolve('o3'), before).input).toBeCloseTo(packagePrice('o3', 'input', before), 12);
    expect(tokenPrices(catalogue, resolve('o3'), on).input).toBeCloseTo(packagePrice('o3', 'input', on), 12);
    expect(tokenPrices(catalogue, resolve('o3'), before).input).not.toBe(
      tokenPrices(catalogue, resolve('o3'), on).input,
    );
  });

  it('without a date: the newest prices, with the date they took effect', () => {
    expect(pricesOf('o3')).toEqual({ ...pricesOf('o3', cut().start_date), since: cut().start_date });
    expect(pricesOf('o3', '2025-01-01').since).toBeUndefined();
  });

  it('time-of-day discounts: the price in force most of the day (deepseek-chat: 00:30–16:30 UTC standard)', () => {
    const noon = new Date('2026-01-15T12:00:00Z');
    expect(pricesOf('deepseek-chat', '2026-01-15').input).toBeCloseTo(packagePrice('deepseek-chat', 'input', noon), 12);
    expect(pricesOf('deepseek-chat', '2026-01-15').input).not.toBe(
      packagePrice('deepseek-chat', 'input', new Date('2026-01-15T20:00:00Z')),
    );
  });
});

describe('aliases and ids', () => {
  it.each([
    ['claude-sonnet-4', 'claude-sonnet-4-0'],
    ['Claude-Sonnet-4', 'claude-sonnet-4-0'],
    ['  claude-sonnet-4-20250514 ', 'claude-sonnet-4-0'],
    ['claude-4-sonnet', 'claude-sonnet-4-0'],
    ['GPT-4O', 'gpt-4o'],
  ])('%s is the catalogue’s %s', (text, id) => {
    expect(resolve(text).model.id).toBe(id);
  });

  it('"provider/model" picks that provider’s list; ids only resellers list are found too', () => {
    expect(resolve('azure/gpt-4o').provider.id).toBe('azure');
    expect(resolve('gpt-4o').provider.id).toBe('openai');
    const groqOnly = findProvider({ providerId: 'groq' })!.models.find((m) => calcPrice({}, m.id) === null)!;
    expect(resolve(groqOnly.id.toUpperCase()).model).toBe(groqOnly);
  });

  it('an unknown model → #N/A naming the closest ids', () => {
    expect(resolveModel(catalogue, 'gpt4o')).toEqual(
      new HcError('#N/A', "unknown model 'gpt4o' — did you mean gpt-4o, gpt-4, gpt-5?"),
    );
    const error = resolveModel(catalogue, 'claude-sonet-4') as HcError;
    expect(error.message).toMatch(
      /^unknown model 'claude-sonet-4' — did you mean (claude-sonnet-[\w.-]+, ){2}claude-sonnet-[\w.-]+\?$/,
    );
    expect(resolveModel(catalogue, ' ')).toEqual(
      new HcError('#VALUE!', 'model is empty: give a model id such as gpt-4o'),
    );
  });
});

describe('tiers and kinds', () => {
  it('tiered prices give the base tier (gemini-2.5-pro: prompts up to 200k tokens)', () => {
    const raw = resolve('gemini-2.5-pro').model.prices as Record<string, { base: number; tiers: unknown[] }>;
    expect(raw.input_mtok.tiers.length).toBeGreaterThan(0);
    expect(pricesOf('gemini-2.5-pro').input).toBe(raw.input_mtok.base);
    expect(pricesOf('gemini-2.5-pro').output).toBe(raw.output_mtok.base);
    expect(pricesOf('gemini-2.5-pro').input).toBeCloseTo(packagePrice('gemini-2.5-pro', 'input'), 12);
  });

  it('blended is 3 input : 1 output, no cache', () => {
    const { input, output } = pricesOf('gpt-4o');
    expect(priceOfKind(pricesOf('gpt-4o'), 'blended', 'gpt-4o')).toBe(0.75 * input! + 0.25 * output!);
  });

  it('a model without a cache-read price → #N/A saying so', () => {
    const withoutCache = allModels(catalogue).find((entry) => {
      const prices = tokenPrices(catalogue, entry);
      return prices.input !== undefined && prices.output !== undefined && prices.cached === undefined;
    })!;
    const prices = tokenPrices(catalogue, withoutCache);
    const id = withoutCache.model.id;
    expect(priceOfKind(prices, 'cached', id)).toEqual(
      new HcError('#N/A', `${id} has no cache-read token price in the catalogue`),
    );
  });

  it('a model without an output price has no blended price', () => {
    expect(priceOfKind({ input: 0.1 }, 'blended', 'text-embedding-3-small')).toEqual(
      new HcError('#N/A', 'text-embedding-3-small has no output token price, so no blended price'),
    );
  });
});
