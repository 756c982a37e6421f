import {
  FIELD_GROUPS,
  FIELDS,
  type FieldSpec,
  type NumericInputKey,
  type PlannerInputs,
  type UsageProfileId,
} from '../planner/inputs';
import { PRESETS } from '../planner/presets';
import { USAGE_PROFILES, usageProfile } from '../planner/usage-profiles';
import { checkField, formatFieldValue } from '../planner/validation';
import { el } from './dom';

export interface FormCallbacks {
  /** A field changed; `value` is undefined while the text is invalid. */
  onField(key: NumericInputKey, value: number | undefined): void;
  onProfile(profile: UsageProfileId): void;
  /** Inputs filled by a preset: applied as if typed. */
  onFill(values: Partial<PlannerInputs>): void;
}

interface FieldControl {
  spec: FieldSpec;
  input: HTMLElement & { value: string };
  reason: HTMLElement;
}

/**
 * The inputs form: Fluent fields with their unit, validated as the analyst types, the reason beside
 * the field (and announced: the message element is a live region).
 */
export class FormView {
  readonly element: HTMLElement;
  private readonly controls = new Map<NumericInputKey, FieldControl>();
  private readonly profileGroup: HTMLElement & { value: string };

  /** `asides`: controls shown right after a field (e.g. the model picker after the price). */
  constructor(
    private readonly callbacks: FormCallbacks,
    asides: Partial<Record<NumericInputKey, HTMLElement>> = {},
  ) {
    this.profileGroup = el(
      'fluent-radio-group',
      { orientation: 'vertical', name: 'usage-profile', id: 'usage-profile', 'aria-labelledby': 'usage-profile-label' },
      // A Fluent 3 radio takes its label from the field around it.
      ...USAGE_PROFILES.map((profile) =>
        el(
          'fluent-field',
          { 'label-position': 'after' },
          el('label', { slot: 'label', for: `profile-${profile.id}` }, profile.label),
          el('fluent-radio', { slot: 'input', value: profile.id, id: `profile-${profile.id}` }),
        ),
      ),
    ) as HTMLElement & { value: string };
    this.profileGroup.addEventListener('change', () =>
      this.callbacks.onProfile(this.profileGroup.value as UsageProfileId),
    );

    const presets = el(
      'section',
      { class: 'presets', 'aria-labelledby': 'presets-title' },
      el('h2', { id: 'presets-title' }, 'Presets'),
      el('p', { class: 'hint' }, 'Each fills inputs only; the results follow from them.'),
      el(
        'ul',
        { class: 'preset-list' },
        ...PRESETS.map((preset) => {
          const button = el(
            'fluent-button',
            { 'data-preset': preset.id, appearance: 'secondary', size: 'small' },
            preset.label,
          );
          button.addEventListener('click', () => this.callbacks.onFill(preset.fills));
          return el('li', {}, button, el('span', { class: 'source' }, `Source: ${preset.source}`));
        }),
      ),
    );

    const groups = FIELD_GROUPS.map((group) =>
      el(
        'fieldset',
        { class: 'field-group' },
        el('legend', {}, group.title),
        group.title === 'AI usage' ? this.profileField() : null,
        ...group.fields.flatMap((field) => [this.field(field), asides[field.key]]),
      ),
    );
    this.element = el(
      'form',
      { class: 'planner-form', 'aria-label': 'Scenario inputs', novalidate: true },
      presets,
      ...groups,
    );
    this.element.addEventListener('submit', (event) => event.preventDefault());
  }

  private profileField(): HTMLElement {
    return el(
      'div',
      { class: 'profile-field' },
      el('span', { id: 'usage-profile-label', class: 'label' }, 'Usage profile'),
      this.profileGroup,
      el('span', { class: 'source', id: 'usage-profile-source', 'aria-live': 'polite' }),
    );
  }

  private field(spec: FieldSpec): HTMLElement {
    const id = `input-${spec.key}`;
    const input = el('fluent-text-input', {
      slot: 'input',
      id,
      name: spec.key,
      inputmode: 'decimal',
      autocomplete: 'off',
      'data-key': spec.key,
    }) as FieldControl['input'];
    const reason = el('span', { class: 'reason', id: `${id}-reason`, 'aria-live': 'polite' });
    const field = el(
      'fluent-field',
      { 'label-position': 'above', class: 'field' },
      el('label', { slot: 'label', for: id }, spec.label, el('span', { class: 'unit' }, ` (${spec.hint})`)),
      input,
    );
    input.addEventListener('input', () => this.check(spec.key));
    input.addEventListener('change', () => this.check(spec.key, true));
    this.controls.set(spec.key, { spec, input, reason });
    return el('div', { class: 'field-row', 'data-field': spec.key }, field, reason);
  }

  /** Fills a field as if typed and left: another control (the model picker) chose the value. */
  setValue(key: NumericInputKey, text: string): void {
    this.controls.get(key)!.input.value = text;
    this.check(key, true);
  }

  /** Refuses a field's value for a reason found outside it (e.g. a token mix the picked model cannot price). */
  refuse(key: NumericInputKey, reason: string): void {
    const control = this.controls.get(key)!;
    control.reason.textContent = reason;
    this.markInvalid(control, reason);
    this.callbacks.onField(key, undefined);
  }

  /** Validates one field; `tidy` rewrites a valid entry in the form's format (on leaving the field). */
  private check(key: NumericInputKey, tidy = false): void {
    const control = this.controls.get(key)!;
    const result = checkField(control.spec, control.input.value);
    control.reason.textContent = result.ok ? '' : result.reason;
    this.markInvalid(control, result.ok ? undefined : result.reason);
    if (result.ok && tidy) control.input.value = formatFieldValue(control.spec, result.value);
    this.callbacks.onField(key, result.ok ? result.value : undefined);
  }

  /**
   * Marks a field invalid for eyes and screen readers. Not Fluent's setCustomValidity: in 3.x it sets
   * customError even for an empty message and pops the browser's own bubble (reportValidity).
   */
  private markInvalid(control: FieldControl, reason: string | undefined): void {
    control.input.toggleAttribute('data-invalid', reason !== undefined);
    if (reason === undefined) {
      control.input.removeAttribute('aria-invalid');
      control.input.removeAttribute('aria-description');
    } else {
      control.input.setAttribute('aria-invalid', 'true');
      control.input.setAttribute('aria-description', reason);
    }
  }

  /** Shows a complete set of inputs (start, preset, loaded scenario); clears every reason. */
  show(inputs: PlannerInputs): void {
    for (const field of FIELDS) {
      const control = this.controls.get(field.key)!;
      control.input.value = formatFieldValue(field, inputs[field.key]);
      control.reason.textContent = '';
      this.markInvalid(control, undefined);
    }
    this.showProfile(inputs.usageProfile);
  }

  showProfile(profile: UsageProfileId): void {
    this.profileGroup.value = profile;
    // The group finds its radios after they are slotted; until then only the radio itself can show the choice.
    for (const radio of this.profileGroup.querySelectorAll('fluent-radio')) {
      (radio as HTMLElement & { checked: boolean }).checked = radio.getAttribute('value') === profile;
    }
    const source = this.element.querySelector('#usage-profile-source');
    if (source) source.textContent = `Source: ${usageProfile(profile).source}`;
  }
}
