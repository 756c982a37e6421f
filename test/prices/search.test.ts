import { Catalogue, loadCatalogue } from '../../src/prices/catalogue';
import { searchModels } from '../../src/prices/search';
import { packagePrice } from './oracle';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

describe('searchModels (the panel’s model picker and hcplan prices)', () => {
  it('puts the model a text names first, with its prices, provider and blend', () => {
    const [first] = searchModels(catalogue, 'gpt-4o', 5);
    expect(first).toMatchObject({ id: 'gpt-4o', provider: { id: 'openai', name: 'OpenAI' } });
    expect(first.prices.input).toBeCloseTo(packagePrice('gpt-4o', 'input'), 12);
    expect(first.prices.cached).toBeCloseTo(packagePrice('gpt-4o', 'cached'), 12);
    expect(first.prices.output).toBeCloseTo(packagePrice('gpt-4o', 'output'), 12);
    expect(first.prices.blended).toBeCloseTo(0.75 * first.prices.input! + 0.25 * first.prices.output!, 12);
  });

  it('finds a model by an alias the catalogue matches, though no id contains the text', () => {
    expect(searchModels(catalogue, 'claude-4-sonnet', 1)[0].id).toBe('claude-sonnet-4-0');
  });

  it('matches every word against provider, id and name, case-insensitively; respects the limit', () => {
    const hits = searchModels(catalogue, 'Anthropic SONNET');
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.every((hit) => `${hit.provider.id} ${hit.id} ${hit.name}`.toLowerCase().includes('sonnet'))).toBe(true);
    expect(searchModels(catalogue, 'anthropic sonnet', 2)).toHaveLength(2);
    expect(searchModels(catalogue, 'zzzz-no-such-thing')).toEqual([]);
  });

  it('gives the date dated prices took effect', () => {
    expect(searchModels(catalogue, 'o3', 1)[0]).toMatchObject({ id: 'o3', since: '2025-06-10' });
    expect(searchModels(catalogue, 'gpt-4o', 1)[0].since).toBeUndefined();
  });

  it('lists every model for an empty text', () => {
    const total = catalogue.providers.reduce((sum, provider) => sum + provider.models.length, 0);
    expect(searchModels(catalogue)).toHaveLength(total);
  });
});
