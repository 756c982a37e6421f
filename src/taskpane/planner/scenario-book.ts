import {
  deleteScenario,
  duplicateScenario,
  emptyStore,
  renameScenario,
  saveScenario,
} from '../../scenarios/operations';
import type { Scenario, ScenarioStore } from '../../scenarios/schema';
import { describeUnusableStore, storeFromXml, storeToXml, type StoreState } from '../../scenarios/xml';
import type { WorkbookPort } from '../ports/workbook-port';
import type { PlannerInputs } from './inputs';

/**
 * The workbook's scenarios as the panel edits them. Every edit is written through the port at once;
 * a store the panel cannot read (corrupt, newer version) is never written: edits are refused with
 * the reason, and the part stays exactly as it was.
 */
export class ScenarioBook {
  private state: StoreState = { kind: 'empty' };

  constructor(private readonly port: WorkbookPort) {}

  async load(): Promise<void> {
    try {
      this.state = storeFromXml(await this.port.readScenarioXml());
    } catch (error) {
      this.state = {
        kind: 'corrupt',
        reason: `the workbook's scenario part could not be read (${(error as Error).message})`,
      };
    }
  }

  /** Why scenarios cannot be saved, or undefined when they can. */
  get problem(): string | undefined {
    return describeUnusableStore(this.state);
  }

  get scenarios(): readonly Scenario[] {
    return this.state.kind === 'ok' ? this.state.store.scenarios : [];
  }

  private get store(): ScenarioStore {
    if (this.state.kind === 'ok') return this.state.store;
    if (this.state.kind === 'empty') return emptyStore();
    throw new Error(this.problem);
  }

  private async commit(store: ScenarioStore): Promise<void> {
    await this.port.writeScenarioXml(storeToXml(store));
    this.state = { kind: 'ok', store };
  }

  async save(name: string, inputs: PlannerInputs): Promise<void> {
    await this.commit(saveScenario(this.store, name, inputs));
  }

  async rename(id: string, name: string): Promise<void> {
    await this.commit(renameScenario(this.store, id, name));
  }

  async duplicate(id: string): Promise<void> {
    await this.commit(duplicateScenario(this.store, id));
  }

  async remove(id: string): Promise<void> {
    await this.commit(deleteScenario(this.store, id));
  }
}
