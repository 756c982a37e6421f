import type { ModelPrice, Provider } from '@pydantic/genai-prices';
import { HcError, Outcome } from '../model/errors';
import { standardBlend } from '../model/pricing';
import type { Catalogue } from './catalogue';
import { isoDay } from './dates';
import type { PriceKind } from './kinds';
import type { CatalogueModel } from './models';

/** A model's token prices in $ per million tokens on one day; a price the catalogue lacks is absent. */
export interface TokenPrices {
  input?: number;
  cached?: number;
  output?: number;
  /** The start date (YYYY-MM-DD) of the dated price list in force; absent when it has no start date. */
  since?: string;
}

const DAY_MS = 86_400_000;
/** Time-of-day discounts are sampled every quarter hour; the price in force most of the day wins. */
const SAMPLES_PER_DAY = 96;

const startDates = (model: CatalogueModel['model']): string[] =>
  Array.isArray(model.prices)
    ? model.prices.flatMap((entry) => (entry.constraint?.type === 'start_date' ? [entry.constraint.start_date] : []))
    : [];

/** The day whose prices "newest" means: the catalogue's latest start date for the model (announced changes included). */
function newestDay(model: CatalogueModel['model']): Date {
  const latest = startDates(model).sort().pop();
  return latest === undefined ? new Date(0) : new Date(`${latest}T00:00:00Z`);
}

/** A price value: a number, or tiered prices whose base tier is taken. */
const baseTier = (value: ModelPrice[string]): number | undefined =>
  typeof value === 'number' ? value : value === undefined ? undefined : value.base;

/**
 * The price list in force on `day`, chosen by the package itself: a one-model provider makes its
 * `calcPrice` apply the model's dated (and time-of-day) constraints. Off-peak windows: the price that
 * holds for most of the day.
 */
function priceListOn(catalogue: Catalogue, { provider, model }: CatalogueModel, day: Date): ModelPrice {
  if (!Array.isArray(model.prices)) return model.prices;
  const only: Provider = {
    ...provider,
    models: [{ ...model, match: { equals: model.id } }],
    fallback_model_providers: [],
  };
  const at = (offsetMs: number): ModelPrice =>
    catalogue.calcPrice({}, model.id, { provider: only, timestamp: new Date(day.getTime() + offsetMs) })!.model_price;
  const timeOfDay = model.prices.some((entry) => entry.constraint?.type === 'time_of_date');
  if (!timeOfDay) return at(DAY_MS / 2);
  const counts = new Map<ModelPrice, number>();
  for (let sample = 0; sample < SAMPLES_PER_DAY; sample++) {
    const list = at(((sample + 0.5) * DAY_MS) / SAMPLES_PER_DAY);
    counts.set(list, (counts.get(list) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * A model's token prices in force on `day` (UTC; omitted = the catalogue's newest). Tiered prices give
 * the base tier; cache-write prices are left out.
 */
export function tokenPrices(catalogue: Catalogue, entry: CatalogueModel, day?: Date): TokenPrices {
  // Dated and time-of-day lists cost up to 96 package calls: each model's prices are worked out once a day asked.
  let byDay = computed.get(entry.model);
  if (!byDay) computed.set(entry.model, (byDay = new Map()));
  const key = day?.getTime() ?? NEWEST;
  let prices = byDay.get(key);
  if (!prices) byDay.set(key, (prices = pricesOn(catalogue, entry, day ?? newestDay(entry.model))));
  return prices;
}

const NEWEST = -Infinity;
const computed = new WeakMap<CatalogueModel['model'], Map<number, TokenPrices>>();

function pricesOn(catalogue: Catalogue, entry: CatalogueModel, on: Date): TokenPrices {
  const list = priceListOn(catalogue, entry, on);
  const since = startDates(entry.model)
    .filter((start) => start <= isoDay(on))
    .sort()
    .pop();
  const prices: TokenPrices = {
    input: baseTier(list.input_mtok),
    cached: baseTier(list.cache_read_mtok),
    output: baseTier(list.output_mtok),
    since,
  };
  return Object.fromEntries(Object.entries(prices).filter(([, value]) => value !== undefined)) as TokenPrices;
}

const KIND_FIELD = { input: 'input', cached: 'cached', output: 'output' } as const;
const KIND_TEXT = { input: 'input', cached: 'cache-read', output: 'output' } as const;

/** One kind of price of a model, or #N/A when the catalogue has no such price for it. */
export function priceOfKind(prices: TokenPrices, kind: PriceKind, modelId: string): Outcome {
  if (kind === 'blended') {
    const missing = (['input', 'output'] as const).find((part) => prices[part] === undefined);
    if (missing) return new HcError('#N/A', `${modelId} has no ${missing} token price, so no blended price`);
    return standardBlend(prices.input!, prices.output!);
  }
  const price = prices[KIND_FIELD[kind]];
  return price ?? new HcError('#N/A', `${modelId} has no ${KIND_TEXT[kind]} token price in the catalogue`);
}
