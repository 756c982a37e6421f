import { isHcError } from '../../model/errors';
import type { Scenario } from '../../scenarios/schema';
import { displayResult } from '../planner/display';
import type { PlannerInputs } from '../planner/inputs';
import { MEASURES, PLANNER_MEASURES } from '../planner/measures';
import { computeProjection, computeResults } from '../planner/results';
import type { ScenarioBook } from '../planner/scenario-book';
import { ChartView, SERIES_COLORS } from './chart-view';
import { el, replaceChildren } from './dom';

export interface ScenarioCallbacks {
  /** The current inputs, or the reason they cannot be saved (a field is invalid). */
  currentInputs(): PlannerInputs | string;
  onLoad(scenario: Scenario): void;
}

type TextInput = HTMLElement & { value: string };

/** Save, rename, duplicate, delete and compare the workbook's scenarios. */
export class ScenariosView {
  readonly element: HTMLElement;
  private readonly list = el('ul', { class: 'scenario-list', 'aria-label': 'Saved scenarios' });
  private readonly status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  private readonly nameInput = el('fluent-text-input', {
    id: 'scenario-name',
    slot: 'input',
    autocomplete: 'off',
  }) as TextInput;
  private readonly saveButton = el('fluent-button', { id: 'save-scenario', appearance: 'primary' }, 'Save scenario');
  private readonly compare = el('section', { class: 'compare', 'aria-labelledby': 'compare-title' });
  private readonly compareChart = new ChartView(
    'Compute per head of the compared scenarios, salary dashed',
    'compare-chart',
  );
  private readonly selected = new Set<string>();
  private renaming?: string;

  constructor(
    private readonly book: ScenarioBook,
    private readonly callbacks: ScenarioCallbacks,
  ) {
    this.saveButton.addEventListener('click', () => void this.save());
    this.nameInput.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') void this.save();
    });
    this.element = el(
      'section',
      { class: 'scenarios', 'aria-labelledby': 'scenarios-title' },
      el('h2', { id: 'scenarios-title' }, 'Scenarios'),
      el('p', { class: 'hint' }, 'Saved inside the workbook, so they travel with it.'),
      this.problem,
      el(
        'div',
        { class: 'save-row' },
        el(
          'fluent-field',
          { 'label-position': 'above' },
          el('label', { slot: 'label', for: 'scenario-name' }, 'Name'),
          this.nameInput,
        ),
        this.saveButton,
      ),
      this.status,
      this.list,
      this.compare,
    );
  }

  render(): void {
    const problem = this.book.problem;
    this.problem.hidden = problem === undefined;
    this.problem.textContent = problem ?? '';
    this.saveButton.toggleAttribute('disabled', problem !== undefined);
    const scenarios = this.book.scenarios;
    for (const id of [...this.selected])
      if (!scenarios.some((scenario) => scenario.id === id)) this.selected.delete(id);
    replaceChildren(this.list, ...scenarios.map((scenario) => this.item(scenario)));
    if (scenarios.length === 0 && !problem) this.list.append(el('li', { class: 'empty' }, 'No saved scenarios yet.'));
    this.renderCompare(scenarios.filter((scenario) => this.selected.has(scenario.id)));
  }

  private item(scenario: Scenario): HTMLElement {
    const check = el('fluent-checkbox', {
      'aria-label': `Compare ${scenario.name}`,
      'data-compare': scenario.id,
      checked: this.selected.has(scenario.id),
    });
    check.addEventListener('change', () => {
      if ((check as HTMLElement & { checked: boolean }).checked) this.selected.add(scenario.id);
      else this.selected.delete(scenario.id);
      this.render();
    });
    const button = (label: string, action: () => void, extra: Record<string, string> = {}) => {
      const element = el(
        'fluent-button',
        { size: 'small', appearance: 'subtle', 'aria-label': `${label} ${scenario.name}`, ...extra },
        label,
      );
      element.addEventListener('click', action);
      return element;
    };
    const name =
      this.renaming === scenario.id
        ? this.renameEditor(scenario)
        : el(
            'span',
            { class: 'scenario-name' },
            scenario.name,
            el('span', { class: 'note' }, ` saved ${scenario.savedAt.slice(0, 16).replace('T', ' ')}`),
          );
    return el(
      'li',
      { 'data-scenario': scenario.id },
      check,
      name,
      el(
        'span',
        { class: 'actions' },
        button('Load', () => this.callbacks.onLoad(scenario), { 'data-action': 'load' }),
        button(
          'Rename',
          () => {
            this.renaming = scenario.id;
            this.render();
            (this.list.querySelector('.rename-input') as HTMLElement | null)?.focus();
          },
          { 'data-action': 'rename' },
        ),
        button(
          'Duplicate',
          () => void this.run(() => this.book.duplicate(scenario.id), `Duplicated ${scenario.name}.`),
          { 'data-action': 'duplicate' },
        ),
        button('Delete', () => void this.run(() => this.book.remove(scenario.id), `Deleted ${scenario.name}.`), {
          'data-action': 'delete',
        }),
      ),
    );
  }

  private renameEditor(scenario: Scenario): HTMLElement {
    const input = el('fluent-text-input', {
      class: 'rename-input',
      'aria-label': `New name for ${scenario.name}`,
      value: scenario.name,
    }) as TextInput;
    const done = async (keep: boolean) => {
      this.renaming = undefined;
      if (keep) await this.run(() => this.book.rename(scenario.id, input.value), `Renamed to ${input.value.trim()}.`);
      else this.render();
    };
    input.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter') void done(true);
      if (key === 'Escape') void done(false);
    });
    const ok = el('fluent-button', { size: 'small', appearance: 'primary', 'data-action': 'rename-ok' }, 'OK');
    ok.addEventListener('click', () => void done(true));
    return el('span', { class: 'scenario-name' }, input, ok);
  }

  private async save(): Promise<void> {
    const inputs = this.callbacks.currentInputs();
    if (typeof inputs === 'string') {
      this.status.textContent = inputs;
      return;
    }
    const name = this.nameInput.value;
    await this.run(() => this.book.save(name, inputs), `Saved ${name.trim()}.`);
    if (this.book.scenarios.some((scenario) => scenario.name === name.trim())) this.nameInput.value = '';
  }

  /** Runs an edit; a refused edit (duplicate name, unusable store) is reported, never thrown. */
  private async run(edit: () => Promise<void>, done: string): Promise<void> {
    try {
      await edit();
      this.status.textContent = done;
    } catch (error) {
      this.status.textContent = `Not saved: ${(error as Error).message}.`;
    }
    this.render();
  }

  private renderCompare(scenarios: Scenario[]): void {
    if (scenarios.length < 2) {
      replaceChildren(
        this.compare,
        el('h3', { id: 'compare-title' }, 'Compare'),
        el('p', { class: 'hint' }, 'Tick two or more scenarios to compare them side by side.'),
      );
      return;
    }
    const computed = scenarios.map((scenario) => {
      const results = computeResults(scenario.inputs);
      return { scenario, results, projection: computeProjection(scenario.inputs, results) };
    });
    const table = el(
      'table',
      { class: 'compare-table', id: 'compare-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Result'),
          ...scenarios.map((scenario) => el('th', { scope: 'col' }, scenario.name)),
        ),
      ),
      el(
        'tbody',
        {},
        ...PLANNER_MEASURES.map((key) => {
          const measure = MEASURES.find((candidate) => candidate.key === key)!;
          return el(
            'tr',
            {},
            el('th', { scope: 'row' }, measure.label),
            ...computed.map(({ results }) =>
              el('td', { class: isHcError(results[key]) ? 'error' : '' }, displayResult(results[key], measure.format)),
            ),
          );
        }),
      ),
    );
    const lines = computed.flatMap(({ scenario, projection }, index) => {
      const color = SERIES_COLORS[index % SERIES_COLORS.length];
      return [
        {
          label: `${scenario.name}: compute per head`,
          color,
          points: projection.map((row) => ({ month: row.month, value: row.computePerHead })),
        },
        {
          label: `${scenario.name}: salary`,
          color,
          dashed: true,
          points: projection.map((row) => ({ month: row.month, value: row.salary })),
        },
      ];
    });
    replaceChildren(
      this.compare,
      el('h3', { id: 'compare-title' }, `Compare ${scenarios.length} scenarios`),
      el('div', { class: 'table-scroll' }, table),
      this.compareChart.element,
    );
    this.compareChart.show(lines, [], 'Solid: compute per head; dashed: salary, one colour per scenario.');
  }
}
