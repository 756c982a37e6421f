import type { PlannerInputs } from '../taskpane/planner/inputs';
import { STORE_VERSION, type Scenario, type ScenarioStore } from './schema';

/** Pure edits of a store: each returns a new store and leaves the old one as it was. */

export const emptyStore = (): ScenarioStore => ({ version: STORE_VERSION, scenarios: [] });

export class ScenarioNameError extends Error {}

function checkName(store: ScenarioStore, name: string, exceptId?: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new ScenarioNameError('a scenario needs a name');
  if (trimmed.length > 100) throw new ScenarioNameError('a scenario name has at most 100 characters');
  const clash = store.scenarios.find(
    (scenario) => scenario.id !== exceptId && scenario.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase(),
  );
  if (clash) throw new ScenarioNameError(`a scenario named "${clash.name}" already exists`);
  return trimmed;
}

/** The first of "name", "name (2)", … that no scenario uses. */
export function freeScenarioName(store: ScenarioStore, name: string): string {
  const taken = new Set(store.scenarios.map((scenario) => scenario.name.toLocaleLowerCase()));
  if (!taken.has(name.toLocaleLowerCase())) return name;
  for (let index = 2; ; index++) {
    const candidate = `${name} (${index})`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

const newId = (store: ScenarioStore) => {
  const used = new Set(store.scenarios.map((scenario) => scenario.id));
  for (let index = store.scenarios.length + 1; ; index++) if (!used.has(`s${index}`)) return `s${index}`;
};

export function saveScenario(
  store: ScenarioStore,
  name: string,
  inputs: PlannerInputs,
  now = new Date(),
): ScenarioStore {
  const scenario: Scenario = {
    id: newId(store),
    name: checkName(store, name),
    savedAt: now.toISOString(),
    inputs: { ...inputs },
  };
  return { ...store, scenarios: [...store.scenarios, scenario] };
}

export function renameScenario(store: ScenarioStore, id: string, name: string): ScenarioStore {
  const checked = checkName(store, name, id);
  return {
    ...store,
    scenarios: store.scenarios.map((scenario) => (scenario.id === id ? { ...scenario, name: checked } : scenario)),
  };
}

export function duplicateScenario(store: ScenarioStore, id: string, now = new Date()): ScenarioStore {
  const original = store.scenarios.find((scenario) => scenario.id === id);
  if (!original) throw new Error(`no scenario ${id}`);
  return saveScenario(store, freeScenarioName(store, `${original.name} copy`), original.inputs, now);
}

export function deleteScenario(store: ScenarioStore, id: string): ScenarioStore {
  return { ...store, scenarios: store.scenarios.filter((scenario) => scenario.id !== id) };
}
