import { isHcError } from '../model/errors';
import { modelSheetLayout } from './model-sheet/layout';
import { DEFAULT_INPUTS, fieldOf, type NumericInputKey, type PlannerInputs } from './planner/inputs';
import { displayResult } from './planner/display';
import { EMPLOYEE_MEASURES, PLANNER_MEASURES } from './planner/measures';
import { computeProjection, computeResults, type Results } from './planner/results';
import { ScenarioBook } from './planner/scenario-book';
import { usageProfile } from './planner/usage-profiles';
import { mixedPrice } from './planner/token-mix';
import type { WorkbookPort } from './ports/workbook-port';
import { ChartView, SERIES_COLORS } from './views/chart-view';
import { el } from './views/dom';
import { fluentReady } from './views/fluent';
import { FormView } from './views/form-view';
import { ModelPicker } from './views/model-picker';
import { ResultsView } from './views/results-view';
import { ScenariosView } from './views/scenarios-view';
import { ShareView } from './views/share-view';
import { createBrowserUncertaintyClient } from '../uncertainty/browser-client';
import type { UncertaintyClient } from '../uncertainty/client';
import { DRIVER_FIELDS, uncertainScenario } from './planner/ranges';
import { formatFieldValue } from './planner/validation';
import { RangesView } from './views/ranges-view';
import { workforceOutlook } from './planner/workforce';
import { WorkforceView } from './views/workforce-view';

/** Fired on the panel root after a model sheet was inserted; detail = { sheetName }. */
export const SHEET_INSERTED = 'hc-planner:sheet-inserted';

export interface Planner {
  readonly element: HTMLElement;
  /** Redraws charts after a theme change. */
  refreshTheme(): void;
}

/**
 * The scenario planner panel over a WorkbookPort: the same code in Excel's task pane and on the
 * standalone page. Inputs → validation → registry results and chart, live; actions go through the port.
 */
export async function mountPlanner(root: HTMLElement, port: WorkbookPort): Promise<Planner> {
  await fluentReady();
  const inputs: PlannerInputs = { ...DEFAULT_INPUTS };
  const invalid = new Set<NumericInputKey>();
  let lastResults: Results | undefined;

  const plannerResults = new ResultsView(PLANNER_MEASURES, 'Results', 'results');
  const employeeResults = new ResultsView(EMPLOYEE_MEASURES, 'Employee view', 'employee');
  const chart = new ChartView('Compute per head vs salary over the horizon', 'main-chart');
  const actionStatus = el('p', { class: 'status', id: 'action-status', role: 'status', 'aria-live': 'polite' });
  const insertButton = el('fluent-button', { id: 'insert-model', appearance: 'primary' }, 'Insert model sheet');

  const blockedReason = () => {
    const labels = [...invalid].map((key) => fieldOf(key).label);
    return `Fix ${labels.join(', ')} to see results.`;
  };

  function update(): void {
    ranges.showPanelValues();
    if (invalid.size > 0) {
      lastResults = undefined;
      plannerResults.show(undefined, blockedReason());
      workforce.show(undefined, inputs.horizonMonths, inputs.budget, blockedReason());
      employeeResults.show(undefined, blockedReason());
      insertButton.toggleAttribute('disabled', true);
      chart.markStale('The chart shows the last valid inputs.');
      return;
    }
    insertButton.toggleAttribute('disabled', false);
    const results = computeResults(inputs);
    lastResults = results;
    plannerResults.show(results);
    const planBlocked = workforce.blockedReason;
    workforce.show(
      planBlocked ? undefined : workforceOutlook(inputs, results, workforce.plan),
      inputs.horizonMonths,
      inputs.budget,
      planBlocked,
    );
    employeeResults.show(results);
    const projection = computeProjection(inputs, results);
    const parity = results.monthsToParity;
    const marks =
      typeof parity === 'number' && parity <= inputs.horizonMonths && typeof results.computePerHead === 'number'
        ? [{ label: `Parity at month ${parity.toFixed(1)}`, month: parity, value: salaryAt(parity) }]
        : [];
    chart.show(
      [
        {
          label: 'Compute per head (annualised)',
          color: SERIES_COLORS[0],
          points: projection.map((row) => ({ month: row.month, value: row.computePerHead })),
        },
        {
          label: 'Salary',
          color: SERIES_COLORS[1],
          points: projection.map((row) => ({ month: row.month, value: row.salary })),
        },
      ],
      marks,
      isHcError(parity)
        ? `Compute per head does not reach salary: ${parity.message}.`
        : parity > inputs.horizonMonths
          ? `Compute per head reaches salary at month ${parity.toFixed(1)}, after the horizon.`
          : `Compute per head reaches salary at month ${parity.toFixed(1)} (${displayResult(salaryAt(parity), 'money')}).`,
    );
  }

  /**
   * Salary at the (fractional) parity month, compounding smoothly like the table: only the height of
   * the crossover mark. HC.COMPUTE_RUN_RATE, which the table uses, takes whole months only.
   */
  const salaryAt = (month: number) => inputs.salary * (1 + inputs.salaryGrowth) ** (month / 12);

  const picker = new ModelPicker({
    onModel: () => reprice(),
    onTypedPrice: (text) => form.setValue('pricePerMillion', text),
  });
  /** A picked model's price under the token mix becomes the price per million (HC.BLENDED_PRICE's rules). */
  function reprice(): void {
    if (!picker.model) return;
    const price = mixedPrice(picker.model, inputs);
    picker.showPrice(price);
    if (price.ok) form.setValue('pricePerMillion', String(price.value));
    else form.refuse('pricePerMillion', price.reason);
  }

  const form = new FormView(
    {
      onField(key, value) {
        if (value === undefined) invalid.add(key);
        else {
          invalid.delete(key);
          inputs[key] = value;
          if (key === 'outputShare' || key === 'cachedShare') reprice();
          // A price typed over a picked model's replaces it.
          const modelPrice = picker.model && mixedPrice(picker.model, inputs);
          if (key === 'pricePerMillion' && modelPrice && !(modelPrice.ok && modelPrice.value === value)) picker.clear();
          if ((key === 'tokensPerDay' || key === 'daysPerYear') && inputs.usageProfile !== 'custom') {
            const fills = usageProfile(inputs.usageProfile).fills;
            if (fills && fills[key] !== value) {
              inputs.usageProfile = 'custom';
              form.showProfile('custom');
            }
          }
        }
        update();
      },
      onProfile(profile) {
        inputs.usageProfile = profile;
        Object.assign(inputs, usageProfile(profile).fills ?? {});
        for (const key of ['tokensPerDay', 'daysPerYear', 'outputShare', 'cachedShare'] as const) invalid.delete(key);
        form.show(inputs);
        reprice();
        update();
      },
      onFill(values) {
        Object.assign(inputs, values);
        invalid.clear();
        form.show(inputs);
        if (values.pricePerMillion !== undefined) picker.clear();
        else reprice();
        update();
      },
    },
    { pricePerMillion: picker.element },
  );

  const workforce = new WorkforceView(() => update());
  let uncertainty: UncertaintyClient | undefined;
  const announceSheet = (sheetName: string) =>
    root.dispatchEvent(new CustomEvent(SHEET_INSERTED, { detail: { sheetName }, bubbles: true }));
  const ranges = new RangesView({
    scenario: (texts) =>
      lastResults && invalid.size === 0 ? uncertainScenario(inputs, lastResults, texts) : blockedReason(),
    panelValue: (driver) => {
      const input = DRIVER_FIELDS.find((field) => field.driver === driver)!.input;
      return formatFieldValue(fieldOf(input), inputs[input]);
    },
    client: () => (uncertainty ??= createBrowserUncertaintyClient()),
    port,
    onSheetInserted: announceSheet,
  });

  const share = new ShareView(port);
  const book = new ScenarioBook(port);
  const scenarios = new ScenariosView(book, {
    currentInputs: () => (invalid.size > 0 ? blockedReason() : { ...inputs }),
    onLoad(scenario) {
      Object.assign(inputs, scenario.inputs);
      invalid.clear();
      form.show(inputs);
      picker.clear(); // the scenario's saved price, not a model's
      update();
      actionStatus.textContent = `Loaded ${scenario.name}.`;
    },
  });

  insertButton.addEventListener('click', async () => {
    if (!lastResults) return;
    insertButton.toggleAttribute('disabled', true);
    actionStatus.textContent = 'Inserting the model sheet…';
    try {
      const { sheetName } = await port.insertSheet(
        modelSheetLayout(
          inputs,
          'current inputs',
          // An invalid workforce plan leaves its columns out rather than blocking the rest of the sheet.
          workforce.blockedReason ? undefined : { ...workforce.plan },
        ),
      );
      actionStatus.textContent = `Inserted “${sheetName}”: edit its blue input cells and everything recalculates.`;
      announceSheet(sheetName);
    } catch (error) {
      actionStatus.textContent = `The model sheet was not inserted: ${(error as Error).message}`;
    } finally {
      insertButton.toggleAttribute('disabled', invalid.size > 0);
    }
  });

  const tab = (id: string, label: string) =>
    el('fluent-tab', { id: `tab-${id}`, 'aria-controls': `panel-${id}` }, label);
  const panel = (id: string, ...children: HTMLElement[]) =>
    el('div', { id: `panel-${id}`, role: 'tabpanel', 'aria-labelledby': `tab-${id}`, class: 'tab-panel' }, ...children);

  const element = el(
    'div',
    { class: 'planner' },
    el(
      'fluent-tablist',
      { 'aria-label': 'Planner sections', activeid: 'tab-plan' },
      tab('plan', 'Planner'),
      tab('ranges', 'Ranges'),
      tab('workforce', 'Workforce'),
      tab('scenarios', 'Scenarios'),
      tab('employee', 'Employee view'),
    ),
    panel(
      'plan',
      el(
        'div',
        { class: 'plan-layout' },
        form.element,
        el(
          'div',
          { class: 'outputs' },
          plannerResults.element,
          chart.element,
          el('div', { class: 'actions-row' }, insertButton, share.button),
          actionStatus,
          share.element,
        ),
      ),
    ),
    panel('ranges', ranges.element),
    panel('workforce', workforce.element),
    panel('scenarios', scenarios.element),
    panel(
      'employee',
      el(
        'p',
        { class: 'hint' },
        'The critics’ point: tokens don’t vest, appreciate or count in the next salary negotiation. Return and tax rate are on the Planner tab.',
      ),
      employeeResults.element,
    ),
  );
  root.replaceChildren(element);
  form.show(inputs);
  update();
  await book.load();
  scenarios.render();
  return {
    element,
    refreshTheme: () => {
      chart.refreshTheme();
      ranges.refreshTheme();
    },
  };
}
