import { standardBlend } from '../model/pricing';
import type { Catalogue } from './catalogue';
import { allModels, CatalogueModel, findModel } from './models';
import { TokenPrices, tokenPrices } from './token-prices';

/** One model as a picker or a listing shows it; prices in $ per million tokens, the newest in the catalogue. */
export interface ModelSummary {
  id: string;
  name: string;
  provider: { id: string; name: string };
  /** input, cached (cache read), output, and blended = 3:1 input:output, no cache; absent when unknown. */
  prices: Omit<TokenPrices, 'since'> & { blended?: number };
  /** The date (YYYY-MM-DD) these prices took effect, when the catalogue dates them. */
  since?: string;
}

export function summarise(catalogue: Catalogue, entry: CatalogueModel): ModelSummary {
  const { since, ...prices } = tokenPrices(catalogue, entry);
  const blended =
    prices.input !== undefined && prices.output !== undefined ? standardBlend(prices.input, prices.output) : undefined;
  return {
    id: entry.model.id,
    name: entry.model.name ?? entry.model.id,
    provider: { id: entry.provider.id, name: entry.provider.name },
    prices: blended === undefined ? prices : { ...prices, blended },
    ...(since === undefined ? {} : { since }),
  };
}

/**
 * Models whose provider, id or name contain every word of `text` (case-insensitive), best first: the
 * model the text names (aliases included), then ids equal to a word, then ids starting with one, then
 * the rest in catalogue order (providers that own their models before resellers). Empty text lists all.
 */
export function searchModels(catalogue: Catalogue, text = '', limit = Infinity): ModelSummary[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const named = findModel(catalogue, text)?.model;
  const rank = ({ model }: CatalogueModel): number => {
    const id = model.id.toLowerCase();
    if (model === named) return 0;
    return words.includes(id) ? 1 : words.some((word) => id.startsWith(word)) ? 2 : 3;
  };
  const hits = allModels(catalogue)
    .filter((entry) => {
      const haystack = `${entry.provider.id}/${entry.model.id} ${entry.model.name ?? ''}`.toLowerCase();
      return entry.model === named || words.every((word) => haystack.includes(word));
    })
    .map((entry, order) => ({ entry, order, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.slice(0, limit).map(({ entry }) => summarise(catalogue, entry));
}
