import { calcPrice, waitForUpdate } from '@pydantic/genai-prices';
import { isHcError } from '../model/errors';
import type { Catalogue } from './catalogue';
import { resolveModel } from './models';
import { priceOfKind, tokenPrices } from './token-prices';

/**
 * The lazily loaded half of the catalogue, the root of its own chunk: the package's data with the code
 * that reads it. `waitForUpdate()` resolves to the data bundled in the package: nothing here calls
 * `updatePrices`, the package's remote-update API, so there is no network access.
 */
export async function openCatalogue(): Promise<Catalogue> {
  const providers = (await waitForUpdate()) ?? [];
  const catalogue: Catalogue = {
    providers,
    calcPrice,
    priceOf: (model, kind, day) => {
      const entry = resolveModel(catalogue, model);
      return isHcError(entry) ? entry : priceOfKind(tokenPrices(catalogue, entry, day), kind, entry.model.id);
    },
  };
  return catalogue;
}
