import type { ModelInfo, Provider } from '@pydantic/genai-prices';
import { HcError, isHcError } from '../model/errors';
import type { Catalogue } from './catalogue';
import { closest } from './suggest';

/** A model of the catalogue with the provider whose price list it belongs to. */
export interface CatalogueModel {
  readonly provider: Provider;
  readonly model: ModelInfo;
}

/** Per catalogue: its models in search order, ids for suggestions, and every id resolved so far. */
interface Index {
  readonly models: readonly CatalogueModel[];
  readonly byId: ReadonlyMap<string, CatalogueModel>;
  readonly ids: readonly string[];
  readonly resolved: Map<string, CatalogueModel | HcError>;
}

const indexes = new WeakMap<Catalogue, Index>();

function indexOf(catalogue: Catalogue): Index {
  let index = indexes.get(catalogue);
  if (!index) {
    // Providers that claim ids (e.g. openai for "gpt-") come first: their lists are the models' own.
    const providers = [...catalogue.providers].sort((a, b) => Number(!a.model_match) - Number(!b.model_match));
    const models = providers.flatMap((provider) => provider.models.map((model) => ({ provider, model })));
    const byId = new Map<string, CatalogueModel>();
    for (const entry of models) {
      const id = entry.model.id.toLowerCase();
      if (!byId.has(id)) byId.set(id, entry);
    }
    index = { models, byId, ids: [...byId.keys()], resolved: new Map() };
    indexes.set(catalogue, index);
  }
  return index;
}

/** Every model of the catalogue, models of providers that claim ids first, then catalogue order. */
export const allModels = (catalogue: Catalogue): readonly CatalogueModel[] => indexOf(catalogue).models;

/** The package's own matcher: a model of one provider (or of the provider it detects), or undefined. */
function viaPackage(catalogue: Catalogue, id: string, providerId?: string): CatalogueModel | undefined {
  const found = catalogue.calcPrice({}, id, providerId === undefined ? undefined : { providerId });
  return found ? { provider: found.provider, model: found.model } : undefined;
}

function find(catalogue: Catalogue, key: string): CatalogueModel | undefined {
  const slash = key.indexOf('/');
  const prefix = slash > 0 ? catalogue.providers.find((provider) => provider.id === key.slice(0, slash)) : undefined;
  if (prefix) return viaPackage(catalogue, key.slice(slash + 1), prefix.id);
  return (
    viaPackage(catalogue, key) ??
    indexOf(catalogue).byId.get(key) ??
    catalogue.providers.map((provider) => viaPackage(catalogue, key, provider.id)).find(Boolean)
  );
}

const unknown = (catalogue: Catalogue, text: string, key: string): HcError =>
  new HcError('#N/A', `unknown model '${text}' — did you mean ${closest(key, indexOf(catalogue).ids).join(', ')}?`);

/**
 * A model id as an analyst types it → the catalogue's model. Case-insensitive; the catalogue's match
 * rules give aliases and dated ids ("claude-sonnet-4" and "claude-sonnet-4-20250514" are the same model);
 * "provider/model" picks a provider's own price list (e.g. "azure/gpt-4o"). Unknown → #N/A naming the
 * closest ids.
 */
export function resolveModel(catalogue: Catalogue, text: string): CatalogueModel | HcError {
  const key = text.trim().toLowerCase();
  if (key === '') return new HcError('#VALUE!', 'model is empty: give a model id such as gpt-4o');
  const cache = indexOf(catalogue).resolved;
  let entry = cache.get(key);
  if (!entry) {
    entry = find(catalogue, key) ?? unknown(catalogue, text.trim(), key);
    cache.set(key, entry);
  }
  return entry;
}

/** The model a text names (as `resolveModel`), or undefined, without working out suggestions. */
export function findModel(catalogue: Catalogue, text: string): CatalogueModel | undefined {
  const key = text.trim().toLowerCase();
  const known = indexOf(catalogue).resolved.get(key);
  if (known) return isHcError(known) ? undefined : known;
  return key === '' ? undefined : find(catalogue, key);
}
