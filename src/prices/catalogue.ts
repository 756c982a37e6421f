import type { calcPrice, Provider } from '@pydantic/genai-prices';
import type { Outcome } from '../model/errors';
import type { PriceKind } from './kinds';

/** The bundled price data of @pydantic/genai-prices, once loaded, with what reads it. */
export interface Catalogue {
  readonly providers: readonly Provider[];
  /** The package's own price calculator: its model matching and dated-price selection. */
  readonly calcPrice: typeof calcPrice;
  /** $ per million tokens of a model id (aliases, any case) on a UTC day (omitted: the newest), or why not. */
  readonly priceOf: (model: string, kind: PriceKind, day?: Date) => Outcome;
}

let loaded: Catalogue | undefined;
let loading: Promise<Catalogue> | undefined;

/**
 * Loads the catalogue once. Its data (≈480 KB) and the code reading it are a dynamic import, so webpack
 * puts them in their own chunk, fetched only when a formula names a model; node loads from node_modules.
 */
export function loadCatalogue(): Promise<Catalogue> {
  loading ??= import(/* webpackChunkName: "price-catalogue" */ './open').then(async ({ openCatalogue }) => {
    loaded = await openCatalogue();
    return loaded;
  });
  return loading;
}

/** The catalogue if already loaded: what the synchronous runner uses. */
export const loadedCatalogue = (): Catalogue | undefined => loaded;
