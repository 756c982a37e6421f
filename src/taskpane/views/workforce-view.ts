import { isHcError } from '../../model/errors';
import { checkField, formatFieldValue } from '../planner/validation';
import {
  DEFAULT_WORKFORCE,
  WORKFORCE_FIELDS,
  type WorkforceKey,
  type WorkforceOutlook,
  type WorkforcePlan,
} from '../planner/workforce';
import { el } from './dom';

const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/**
 * The "Workforce plan" section: start heads, hires a month, attrition, ramp and the one-time cost of
 * a hire, checked with the HC functions' own domains; and what the plan means — heads at the horizon,
 * when compute spend passes people spend, how many hires a month the budget allows.
 */
export class WorkforceView {
  readonly element: HTMLElement;
  readonly plan: WorkforcePlan = { ...DEFAULT_WORKFORCE };
  private readonly invalid = new Set<WorkforceKey>();
  private readonly outlook = el('dl', { class: 'results', id: 'workforce-outlook' });

  constructor(private readonly onChange: () => void) {
    this.element = el(
      'section',
      { class: 'workforce', 'aria-labelledby': 'workforce-title' },
      el('h2', { id: 'workforce-title' }, 'Workforce plan'),
      el(
        'p',
        { class: 'hint' },
        'Hires, attrition and ramp month by month next to compute growth. Inserted model sheets carry the plan as live HC.HEADCOUNT_PLAN and HC.COST_PLAN columns with a chart of people vs compute cost.',
      ),
      el(
        'fieldset',
        { class: 'field-group' },
        el('legend', {}, 'Plan'),
        ...WORKFORCE_FIELDS.map((field) => this.field(field)),
      ),
      this.outlook,
    );
  }

  /** Why the plan cannot be used, or undefined when every field is valid. */
  get blockedReason(): string | undefined {
    if (this.invalid.size === 0) return undefined;
    const labels = WORKFORCE_FIELDS.filter((field) => this.invalid.has(field.key)).map((field) => field.label);
    return `Fix ${labels.join(', ')} in the workforce plan.`;
  }

  private field(spec: (typeof WORKFORCE_FIELDS)[number]): HTMLElement {
    const id = `workforce-${spec.key}`;
    const input = el('fluent-text-input', {
      slot: 'input',
      id,
      name: spec.key,
      inputmode: 'decimal',
      autocomplete: 'off',
      'data-workforce': spec.key,
    }) as HTMLElement & { value: string };
    input.value = formatFieldValue(spec, this.plan[spec.key]);
    const reason = el('span', { class: 'reason', id: `${id}-reason`, 'aria-live': 'polite' });
    const check = (tidy: boolean) => {
      const result = checkField(spec, input.value);
      reason.textContent = result.ok ? '' : result.reason;
      input.toggleAttribute('data-invalid', !result.ok);
      if (result.ok) {
        input.removeAttribute('aria-invalid');
        this.invalid.delete(spec.key);
        this.plan[spec.key] = result.value;
        if (tidy) input.value = formatFieldValue(spec, result.value);
      } else {
        input.setAttribute('aria-invalid', 'true');
        this.invalid.add(spec.key);
      }
      this.onChange();
    };
    input.addEventListener('input', () => check(false));
    input.addEventListener('change', () => check(true));
    return el(
      'div',
      { class: 'field-row' },
      el(
        'fluent-field',
        { 'label-position': 'above', class: 'field' },
        el('label', { slot: 'label', for: id }, spec.label, el('span', { class: 'unit' }, ` (${spec.hint})`)),
        input,
      ),
      reason,
    );
  }

  /** Shows the plan's outlook, or why there is none. */
  show(outlook: WorkforceOutlook | undefined, horizonMonths: number, budget: number, blockedBy?: string): void {
    const row = (key: string, label: string, value: string, note: string, error = false) => [
      el('dt', {}, label, el('span', { class: 'note' }, note)),
      el('dd', { 'data-workforce-result': key, class: error ? 'error' : '' }, value),
    ];
    if (!outlook) {
      this.outlook.replaceChildren(el('p', { class: 'blocked', role: 'status' }, blockedBy ?? ''));
      return;
    }
    const { headsAtHorizon, computePassesPeople, affordableHires } = outlook;
    const show = (value: typeof headsAtHorizon, text: (value: number) => string) =>
      isHcError(value) ? `${value.code} ${value.message}` : text(value);
    this.outlook.replaceChildren(
      ...row(
        'headsAtHorizon',
        'Heads at the horizon',
        show(headsAtHorizon, (heads) => `${decimal.format(heads)} at month ${horizonMonths}`),
        'HC.HEADCOUNT_PLAN: hires, attrition after ramp',
        isHcError(headsAtHorizon),
      ),
      ...row(
        'computePassesPeople',
        'Compute passes people spend',
        computePassesPeople === null
          ? `not within ${horizonMonths} months`
          : show(computePassesPeople, (month) => `in month ${month}`),
        'first month whose compute cost (HC.COST_PLAN) exceeds its people cost',
        computePassesPeople !== null && isHcError(computePassesPeople),
      ),
      ...row(
        'affordableHires',
        'Hires the budget allows',
        show(affordableHires, (hires) => `${hires} a month`),
        `HC.AFFORDABLE_HIRES: most hires a month keeping month ${horizonMonths}’s cost × 12 within ${money.format(budget)} a year (no ramp or one-time cost)`,
        isHcError(affordableHires),
      ),
    );
  }
}
