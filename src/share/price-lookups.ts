import { isHcError } from '../model/errors';
import { BUNDLED_CATALOGUE } from '../prices/bundled';
import { loadedCatalogue } from '../prices/catalogue';
import { PRICE_KINDS, PriceKind } from '../prices/kinds';
import { modelPrice } from '../prices/lookup';
import { runFunction } from '../registry/runner';
import type { FunctionSpec } from '../registry/types';
import { UnresolvedLookup } from './known-values';
import { nativeError } from './native-call';

/** A price lookup a share-safe copy replaced by the number it returned: what the cover sheet lists. */
export interface ReplacedPrice {
  /** The model id as the formula (or the cell it read) wrote it. */
  model: string;
  kind: PriceKind;
  /** $ per million tokens. */
  price: number;
  /** The as_of argument as written, when the lookup had one. */
  asOf?: string;
  /** The catalogue the price came from, e.g. `@pydantic/genai-prices@0.1.8`. */
  catalogue: string;
}

const CATALOGUE = `${BUNDLED_CATALOGUE.package}@${BUNDLED_CATALOGUE.version}`;

/** Price lookups of one translation: each becomes a number (or a native error), and is recorded once. */
export class PriceLookups {
  private readonly replaced = new Map<string, ReplacedPrice>();

  get replacements(): ReplacedPrice[] {
    return [...this.replaced.values()];
  }

  /** A model id in a price slot → its price (of `kind`) as native text, recorded; an unknown id → its error. */
  modelPrice(model: string, kind: PriceKind): { text: string; failed: boolean } {
    this.requireCatalogue(model);
    const price = modelPrice(model, kind);
    if (isHcError(price)) return { text: nativeError(price.code), failed: true };
    this.record({ model, kind, price });
    return { text: String(price), failed: false };
  }

  /** A whole price lookup (TOKENPRICE) with known arguments → the number it returns, recorded. */
  lookup(spec: FunctionSpec, args: readonly unknown[]): string {
    const modelIndex = spec.params.findIndex((param) => param.type === 'model');
    this.requireCatalogue(String(args[modelIndex] ?? ''));
    const [[result]] = runFunction(spec, args);
    if (isHcError(result)) return nativeError(result.code);
    const kindIndex = spec.params.findIndex((param) => param.name === 'kind');
    const kindArg = args[kindIndex] ?? spec.params[kindIndex]?.default;
    const kind = String(kindArg).trim().toLowerCase() as PriceKind;
    const asOfIndex = spec.params.findIndex((param) => param.type === 'date');
    const asOf = args[asOfIndex];
    this.record({
      model: String(args[modelIndex]),
      kind: PRICE_KINDS.includes(kind) ? kind : 'blended',
      price: result,
      ...(asOf === undefined || asOf === null ? {} : { asOf: String(asOf) }),
    });
    return String(result);
  }

  private requireCatalogue(model: string): void {
    if (!loadedCatalogue()) {
      throw new UnresolvedLookup(`the price catalogue is not loaded, so '${model}' cannot become its price`);
    }
  }

  private record(replacement: Omit<ReplacedPrice, 'catalogue'>): void {
    const key = [replacement.model, replacement.kind, replacement.asOf ?? ''].join('\u0000');
    this.replaced.set(key, { ...replacement, catalogue: CATALOGUE });
  }
}
