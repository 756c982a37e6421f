import { readFileSync } from 'fs';
import { join } from 'path';
import { FUNCTIONS } from '../../src/registry';
import publicApi from './public-api.json';

/**
 * Function ids, parameter order and meaning are public API: workbooks depend on them. The snapshot
 * only ever grows — new functions, and new optional parameters at the end.
 */
describe('public API', () => {
  const current = new Map(FUNCTIONS.map((spec) => [spec.id, spec.params.map((param) => param.name)]));

  it.each(Object.entries(publicApi as Record<string, string[]>))('%s keeps its id and parameters', (id, params) => {
    const now = current.get(id);
    expect(now).toBeDefined();
    expect(now!.slice(0, params.length)).toEqual(params);
    const added = FUNCTIONS.find((spec) => spec.id === id)!.params.slice(params.length);
    expect(added.every((param) => param.default !== undefined)).toBe(true);
  });

  it('lists every function (add new ones to test/registry/public-api.json)', () => {
    expect(Object.keys(publicApi).sort()).toEqual([...current.keys()].sort());
  });
});

describe('registry invariants', () => {
  it.each(FUNCTIONS.map((spec) => [spec.id, spec] as const))('%s is well formed', (_id, spec) => {
    expect(spec.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    const names = spec.params.map((param) => param.name);
    expect(new Set(names).size).toBe(names.length);
    names.forEach((name) => expect(name).toMatch(/^[a-z][a-z0-9_]*$/));
    const firstOptional = spec.params.findIndex((param) => param.default !== undefined);
    if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((p) => p.default !== undefined)).toBe(true);
    if (spec.result.kind !== 'scalar') {
      expect(spec.params.every((param) => (param.kind ?? 'elementwise') !== 'elementwise')).toBe(true);
    }
    if (spec.result.kind === 'table') {
      const rowsFrom = spec.result.rowsFrom;
      expect(spec.params.find((param) => param.name === rowsFrom)?.kind).toBe('column');
    }
    expect(spec.description.length).toBeGreaterThan(20);
    spec.params.forEach((param) => expect(param.description.length).toBeGreaterThan(5));
  });

  it('ids are unique', () => {
    expect(new Set(FUNCTIONS.map((spec) => spec.id)).size).toBe(FUNCTIONS.length);
  });

  it('covers the catalogue of shared/functions.md this issue delivers', () => {
    const catalogue = join(__dirname, '..', '..', '..', 'shared', 'functions.md');
    let text: string;
    try {
      text = readFileSync(catalogue, 'utf8');
    } catch {
      console.warn(`catalogue not found at ${catalogue}: skipping the cross-check`);
      return;
    }
    const listed = [...text.matchAll(/^\| `([A-Z_]+)\(/gm)].map((match) => match[1]);
    for (const id of listed.filter((id) => !['TOKENPRICE', 'BLENDED_PRICE'].includes(id))) {
      expect(FUNCTIONS.map((spec) => spec.id)).toContain(id);
    }
  });
});
