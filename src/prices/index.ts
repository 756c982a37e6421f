/**
 * The price catalogue's public face for the panel and hosts. Importing it does not load the data: call
 * `loadCatalogue()` (a separate chunk in the browser) and pass the result to `searchModels`.
 */
export { BUNDLED_CATALOGUE } from './bundled';
export { loadCatalogue, loadedCatalogue } from './catalogue';
export type { Catalogue } from './catalogue';
export { searchModels } from './search';
export type { ModelSummary } from './search';
export { PRICE_KINDS } from './kinds';
export type { PriceKind } from './kinds';
