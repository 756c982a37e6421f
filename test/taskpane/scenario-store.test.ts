import { DEFAULT_INPUTS } from '../../src/taskpane/planner/inputs';
import { ScenarioBook } from '../../src/taskpane/planner/scenario-book';
import {
  deleteScenario,
  duplicateScenario,
  emptyStore,
  renameScenario,
  saveScenario,
} from '../../src/scenarios/operations';
import { storeFromXml, storeToXml } from '../../src/scenarios/xml';
import { FakeWorkbook } from './fake-workbook';

const at = new Date('2026-01-02T03:04:05Z');
const NS = 'xmlns="urn:hc-planner:scenarios"';

describe('scenario store', () => {
  test('save, rename, duplicate, delete; names unique ignoring case', () => {
    let store = saveScenario(emptyStore(), ' Base ', DEFAULT_INPUTS, at);
    store = saveScenario(store, 'Swarm', { ...DEFAULT_INPUTS, tokensPerDay: 1e8 }, at);
    expect(() => saveScenario(store, 'base', DEFAULT_INPUTS, at)).toThrow('a scenario named "Base" already exists');
    expect(() => saveScenario(store, '   ', DEFAULT_INPUTS, at)).toThrow('a scenario needs a name');
    store = duplicateScenario(store, 's2', at);
    store = duplicateScenario(store, 's2', at);
    expect(store.scenarios.map((scenario) => scenario.name)).toEqual(['Base', 'Swarm', 'Swarm copy', 'Swarm copy (2)']);
    store = renameScenario(store, 's3', 'Cheaper swarm');
    expect(() => renameScenario(store, 's4', 'SWARM')).toThrow('a scenario named "Swarm" already exists');
    store = deleteScenario(store, 's1');
    expect(store.scenarios.map((scenario) => [scenario.id, scenario.name])).toEqual([
      ['s2', 'Swarm'],
      ['s3', 'Cheaper swarm'],
      ['s4', 'Swarm copy (2)'],
    ]);
    expect(store.scenarios[1].inputs.tokensPerDay).toBe(1e8);
  });

  test('XML round trip, with text that needs escaping', () => {
    const store = saveScenario(emptyStore(), 'R&D <team> "alpha"', DEFAULT_INPUTS, at);
    const xml = storeToXml(store);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><hcScenarios xmlns="urn:hc-planner:scenarios" version="1">/,
    );
    expect(storeFromXml(xml)).toEqual({ kind: 'ok', store });
  });

  test.each([
    ['not XML at all', 'garbage <<', /^the scenario store (is not well-formed XML|has no <hcScenarios> element)/],
    ['another root', `<other ${NS} version="1">{}</other>`, /^the scenario store has no <hcScenarios> element$/],
    [
      'no version',
      `<hcScenarios ${NS}>{}</hcScenarios>`,
      /^the scenario store's version "undefined" is not a whole number ≥ 1$/,
    ],
    [
      'bad JSON',
      `<hcScenarios ${NS} version="1">{"version":1,</hcScenarios>`,
      /^the scenario store's content is not valid JSON/,
    ],
    [
      'an input outside its domain',
      `<hcScenarios ${NS} version="1">{"version":1,"scenarios":[{"id":"s1","name":"x","savedAt":"t","inputs":{"salary":-5}}]}</hcScenarios>`,
      /does not match version 1:[\s\S]*salary must be ≥ 0[\s\S]*scenarios\[0\]\.inputs\.salary/,
    ],
  ])('a corrupt store (%s) is reported with the reason', (_, xml, reason) => {
    const state = storeFromXml(xml);
    expect(state.kind).toBe('corrupt');
    expect(state.kind === 'corrupt' && state.reason).toMatch(reason);
  });

  test('a store from a newer version is recognised by its version attribute alone', () => {
    expect(storeFromXml(`<hcScenarios ${NS} version="3"><anything-new/></hcScenarios>`)).toEqual({
      kind: 'newer',
      version: 3,
    });
  });

  test('a scenario saved before an input existed takes today’s default for it', () => {
    const { taxRate: _omitted, ...older } = DEFAULT_INPUTS;
    const xml = `<hcScenarios ${NS} version="1">${JSON.stringify({ version: 1, scenarios: [{ id: 's1', name: 'old', savedAt: 't', inputs: older }] })}</hcScenarios>`;
    const state = storeFromXml(xml);
    expect(state.kind === 'ok' && state.store.scenarios[0].inputs.taxRate).toBe(DEFAULT_INPUTS.taxRate);
  });

  test('the book refuses to write over a store it cannot read, and leaves the part untouched', async () => {
    const newer = `<hcScenarios ${NS} version="2">future</hcScenarios>`;
    const workbook = new FakeWorkbook({ sheets: { Sheet1: {} }, names: [], scenarioXml: newer });
    const book = new ScenarioBook(workbook);
    await book.load();
    expect(book.problem).toBe(
      'Saved scenarios were written by a newer HC Planner (store version 2; this one reads version 1). They are kept untouched; update the add-in to use them.',
    );
    expect(book.scenarios).toEqual([]);
    await expect(book.save('x', DEFAULT_INPUTS)).rejects.toThrow('newer HC Planner');
    expect(workbook.scenarioXml).toBe(newer);
  });

  test('the book writes every edit through the port', async () => {
    const workbook = new FakeWorkbook({ sheets: { Sheet1: {} }, names: [] });
    const book = new ScenarioBook(workbook);
    await book.load();
    expect(book.problem).toBeUndefined();
    await book.save('Base', DEFAULT_INPUTS);
    await book.duplicate('s1');
    await book.rename('s2', 'Other');
    const reread = new ScenarioBook(workbook);
    await reread.load();
    expect(reread.scenarios.map((scenario) => scenario.name)).toEqual(['Base', 'Other']);
  });
});
