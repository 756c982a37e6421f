import type { UncertaintyClient } from '../../uncertainty/client';
import { UncertaintyError } from '../../uncertainty/client';
import type { DriverName, UncertainScenario } from '../../uncertainty/scenario';
import type { SimulationSummary } from '../../uncertainty/simulate';
import {
  DRIVER_FIELDS,
  driverRangeText,
  EMPTY_DRIVER_TEXTS,
  percentileText,
  rangeText,
  resultsSheetLayout,
  shareText,
  type DriverTexts,
} from '../planner/ranges';
import type { WorkbookPort } from '../ports/workbook-port';
import { el, replaceChildren } from './dom';
import { FanChart } from './fan-chart';
import { TornadoView } from './tornado-view';

/** Wait after the last keystroke before a driver is checked in the worker. */
const CHECK_DELAY_MS = 300;
const DRAWS = 10_000;
const SEED = 1;

export interface RangesContext {
  /** The scenario for these driver texts, or why the panel's own inputs cannot be simulated. */
  scenario(texts: DriverTexts): UncertainScenario | string;
  /** The panel's current value of a driver, as the field's placeholder ("100%"). */
  panelValue(driver: DriverName): string;
  /** The uncertainty client, created on first use (its worker loads mathjs then). */
  client(): UncertaintyClient;
  port: WorkbookPort;
  onSheetInserted(sheetName: string): void;
}

/**
 * The "Ranges" section: a driver expression per uncertain input (checked in the worker as the analyst
 * types, the reason beside the field), a Monte Carlo run with progress and cancel, its P10/P50/P90
 * summary, the fan chart, the tornado and "Insert results sheet".
 */
export class RangesView {
  readonly element: HTMLElement;
  private readonly texts: DriverTexts = { ...EMPTY_DRIVER_TEXTS };
  private readonly refused = new Map<DriverName, string>();
  private readonly inputs = new Map<DriverName, HTMLElement & { value: string }>();
  private readonly reasons = new Map<DriverName, HTMLElement>();
  private readonly timers = new Map<DriverName, ReturnType<typeof setTimeout>>();
  private readonly runButton = el('fluent-button', { id: 'run-ranges', appearance: 'primary' }, 'Run 10,000 draws');
  private readonly cancelButton = el('fluent-button', { id: 'cancel-ranges', disabled: true }, 'Cancel');
  private readonly insertButton = el('fluent-button', { id: 'insert-ranges', disabled: true }, 'Insert results sheet');
  private readonly progress = el('progress', { id: 'ranges-progress', max: '1', value: '0', hidden: true });
  private readonly status = el('p', { class: 'status', id: 'ranges-status', role: 'status', 'aria-live': 'polite' });
  private readonly summaryList = el('dl', { class: 'results', id: 'ranges-summary' });
  private readonly fan = new FanChart('fan-chart');
  private readonly tornado = new TornadoView();
  private readonly output = el('div', { class: 'ranges-output', hidden: true });
  private running: AbortController | undefined;
  private last: { summary: SimulationSummary; drivers: UncertainScenario['drivers'] } | undefined;

  constructor(private readonly context: RangesContext) {
    this.runButton.addEventListener('click', () => void this.run());
    this.cancelButton.addEventListener('click', () => this.running?.abort());
    this.insertButton.addEventListener('click', () => void this.insert());
    this.output.append(this.summaryList, this.fan.element, this.tornado.element);
    this.element = el(
      'section',
      { class: 'ranges', 'aria-labelledby': 'ranges-title' },
      el('h2', { id: 'ranges-title' }, 'Ranges'),
      el(
        'p',
        { class: 'hint' },
        'State what nobody knows as a range: a number (1 = +100% a year), a distribution — normal(1, 0.3), lognormal(0, 0.5), uniform(0.5, 2), triangular(0.2, 1, 3) — or an expression over the other inputs (-0.5 * usage_growth). Empty uses the panel’s number.',
      ),
      el('fieldset', { class: 'field-group' }, el('legend', {}, 'Drivers'), ...DRIVER_FIELDS.map((f) => this.field(f))),
      el('div', { class: 'actions-row' }, this.runButton, this.cancelButton, this.insertButton),
      this.progress,
      this.status,
      this.output,
    );
  }

  private field({ driver, label }: (typeof DRIVER_FIELDS)[number]): HTMLElement {
    const id = `driver-${driver}`;
    const input = el('fluent-text-input', {
      slot: 'input',
      id,
      name: driver,
      autocomplete: 'off',
      spellcheck: 'false',
      'data-driver': driver,
    }) as HTMLElement & { value: string };
    const reason = el('span', { class: 'driver-check', id: `${id}-reason`, 'aria-live': 'polite' });
    input.addEventListener('input', () => {
      this.texts[driver] = input.value;
      clearTimeout(this.timers.get(driver));
      this.timers.set(
        driver,
        setTimeout(() => void this.check(driver), CHECK_DELAY_MS),
      );
    });
    this.inputs.set(driver, input);
    this.reasons.set(driver, reason);
    return el(
      'div',
      { class: 'field-row' },
      el(
        'fluent-field',
        { 'label-position': 'above', class: 'field' },
        el('label', { slot: 'label', for: id }, label, el('span', { class: 'unit' }, ` (${driver})`)),
        input,
      ),
      reason,
    );
  }

  /** Shows the panel's current numbers as the placeholders of empty driver fields. */
  showPanelValues(): void {
    for (const { driver } of DRIVER_FIELDS)
      this.inputs.get(driver)!.setAttribute('placeholder', this.context.panelValue(driver));
  }

  /** Checks one driver in the worker; the reason (or its range) goes beside the field. */
  private async check(driver: DriverName): Promise<void> {
    const text = this.texts[driver];
    const reason = this.reasons.get(driver)!;
    if (text.trim() === '') {
      this.mark(driver, undefined, '');
      return;
    }
    const scenario = this.context.scenario(this.texts);
    if (typeof scenario === 'string') {
      this.mark(driver, undefined, `Not checked: ${scenario}.`);
      return;
    }
    reason.textContent = 'Checking…';
    const check = await this.context.client().checkDriver(scenario, driver);
    if (this.texts[driver] !== text) return; // typed on meanwhile: a newer check follows
    if (check.ok) this.mark(driver, undefined, driverRangeText(check.range, check.rejectedShare));
    else this.mark(driver, check.message, check.message);
  }

  private mark(driver: DriverName, refusal: string | undefined, text: string): void {
    const input = this.inputs.get(driver)!;
    const reason = this.reasons.get(driver)!;
    reason.textContent = text;
    reason.classList.toggle('reason', refusal !== undefined);
    input.toggleAttribute('data-invalid', refusal !== undefined);
    if (refusal === undefined) {
      this.refused.delete(driver);
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-description');
    } else {
      this.refused.set(driver, refusal);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-description', refusal);
    }
  }

  private async run(): Promise<void> {
    if (this.running) return;
    const scenario = this.context.scenario(this.texts);
    if (typeof scenario === 'string') {
      this.status.textContent = `Cannot run: ${scenario}.`;
      return;
    }
    const controller = new AbortController();
    this.running = controller;
    this.runButton.toggleAttribute('disabled', true);
    this.cancelButton.toggleAttribute('disabled', false);
    this.progress.hidden = false;
    this.progress.setAttribute('value', '0');
    this.status.textContent = `Running ${DRAWS.toLocaleString('en-US')} draws…`;
    try {
      const summary = await this.context
        .client()
        .simulate(
          scenario,
          { draws: DRAWS, seed: SEED },
          (done, total) => this.progress.setAttribute('value', String(done / total)),
          controller.signal,
        );
      this.last = { summary, drivers: scenario.drivers };
      for (const { driver } of DRIVER_FIELDS) if (this.refused.has(driver)) this.mark(driver, undefined, '');
      await this.show(summary);
      this.status.textContent = `${summary.accepted.toLocaleString('en-US')} of ${summary.draws.toLocaleString('en-US')} draws used (seed ${summary.seed}).`;
    } catch (error) {
      const stopped = error instanceof UncertaintyError ? error : undefined;
      if (stopped?.reason === 'refused') this.showRefusal(stopped.message);
      this.status.textContent =
        stopped?.reason === 'cancelled' ? 'Cancelled.' : `The ranges were not computed: ${(error as Error).message}`;
    } finally {
      this.running = undefined;
      this.progress.hidden = true;
      this.runButton.toggleAttribute('disabled', false);
      this.cancelButton.toggleAttribute('disabled', true);
    }
  }

  /** A refusal names its driver first ("usage_growth: unknown name …"): it goes beside that field too. */
  private showRefusal(message: string): void {
    const driver = DRIVER_FIELDS.find((field) => message.startsWith(`${field.driver}:`))?.driver;
    if (driver) this.mark(driver, message, message);
  }

  private async show(summary: SimulationSummary): Promise<void> {
    const row = (key: string, label: string, value: string, note: string) => [
      el('dt', {}, label, el('span', { class: 'note' }, note)),
      el('dd', { 'data-range': key }, value),
    ];
    const parity = summary.monthsToParity;
    replaceChildren(
      this.summaryList,
      ...row(
        'monthsToParity',
        'Months to parity',
        // The headline; the percentiles follow on rows of their own.
        parity.p50 === null ? 'never in half the draws' : `${percentileText(parity.p50)} in half the draws`,
        'until compute per head reaches salary',
      ),
      ...['p10', 'p50', 'p90'].flatMap((key) => [
        el('dt', { class: 'percentile' }, key.toUpperCase()),
        el(
          'dd',
          { 'data-parity': key },
          percentileText(parity[key as 'p10' | 'p50' | 'p90']) === 'never'
            ? 'never'
            : `${percentileText(parity[key as 'p10' | 'p50' | 'p90'])} months`,
        ),
      ]),
      ...row(
        'parityNever',
        'Never reach parity',
        `${shareText(parity.shareNever)} of draws`,
        'within the model’s reach',
      ),
      ...row(
        'breakevenHeadcount',
        'Breakeven headcount at the horizon',
        rangeText(summary.breakevenHeadcountAtHorizon, 'engineers'),
        'engineers the budget pays for, with their compute',
      ),
      ...row(
        'budgetRunout',
        'Budget run-out month',
        rangeText(summary.budgetRunoutMonth, 'months'),
        'until the team’s compute uses up the budget left after people',
      ),
    );
    this.output.hidden = false;
    this.insertButton.toggleAttribute('disabled', false);
    this.tornado.show(summary.tornado);
    const median = parity.p50;
    await this.fan.show(
      summary.computePerHeadByMonth,
      summary.salaryByMonth,
      median === null
        ? 'In most draws compute per head does not reach salary.'
        : `Half the draws reach parity by month ${percentileText(median)}.`,
    );
  }

  private async insert(): Promise<void> {
    if (!this.last) return;
    this.insertButton.toggleAttribute('disabled', true);
    this.status.textContent = 'Inserting the results sheet…';
    try {
      const { sheetName } = await this.context.port.insertSheet(
        resultsSheetLayout(this.last.summary, this.last.drivers),
      );
      this.status.textContent = `Inserted “${sheetName}”.`;
      this.context.onSheetInserted(sheetName);
    } catch (error) {
      this.status.textContent = `The results sheet was not inserted: ${(error as Error).message}`;
    } finally {
      this.insertButton.toggleAttribute('disabled', false);
    }
  }

  refreshTheme(): void {
    this.fan.refreshTheme();
  }
}
