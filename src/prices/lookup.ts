import { HcError, Outcome } from '../model/errors';
import { loadedCatalogue } from './catalogue';
import { serialToDate } from './dates';
import type { PriceKind } from './kinds';

/**
 * $ per million tokens of a model, synchronously, from the catalogue already loaded (hosts load it
 * before they evaluate: Excel's wrappers await `loadCatalogue()`, node hosts preload it).
 * `asOfSerial`: an Excel date serial; omitted = the catalogue's newest prices.
 */
export function modelPrice(model: string, kind: PriceKind, asOfSerial?: number): Outcome {
  const catalogue = loadedCatalogue();
  if (!catalogue) return new HcError('#N/A', `the price catalogue is not loaded yet, so '${model}' has no price`);
  return catalogue.priceOf(model, kind, asOfSerial === undefined ? undefined : serialToDate(asOfSerial));
}
