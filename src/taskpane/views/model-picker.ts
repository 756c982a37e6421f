import { BUNDLED_CATALOGUE, loadCatalogue, searchModels, type ModelSummary } from '../../prices';
import { formatNumber } from '../../registry/format';
import type { MixedPrice } from '../planner/token-mix';
import { el } from './dom';

export interface ModelPickerCallbacks {
  /** A model was picked: the panel prices it with the token mix. */
  onModel(model: ModelSummary): void;
  /** A number was typed instead of a model: it is the price per million, as in the price field. */
  onTypedPrice(text: string): void;
}

/** How many matches the list shows while typing. */
const MATCHES = 8;
const NUMBER = /^[\s$]*[\d.,]+\s*$/;
const CATALOGUE_NOTE = `Prices: ${BUNDLED_CATALOGUE.package} ${BUNDLED_CATALOGUE.version}, catalogue of ${BUNDLED_CATALOGUE.publishedOn}, bundled (no network).`;
const dollars = (price: number | undefined) => (price === undefined ? '—' : `$${formatNumber(price)}`);

/**
 * A searchable model picker beside the price field: typing searches the bundled catalogue (loaded on
 * first use, a chunk of its own), picking a model lets the panel price it with the usage mix; typing a
 * number sets the price directly. The list is a listbox driven from the input (arrow keys, Enter).
 */
export class ModelPicker {
  readonly element: HTMLElement;
  private readonly input: HTMLElement & { value: string };
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private matches: ModelSummary[] = [];
  private active = -1;
  private searches = 0;
  private picked: ModelSummary | undefined;

  constructor(private readonly callbacks: ModelPickerCallbacks) {
    this.input = el('fluent-text-input', {
      slot: 'input',
      id: 'model-search',
      autocomplete: 'off',
      placeholder: 'e.g. claude sonnet 4, gpt-4o — or a price',
      role: 'combobox',
      'aria-controls': 'model-options',
      'aria-expanded': 'false',
      'aria-autocomplete': 'list',
    }) as HTMLElement & { value: string };
    this.list = el('ul', { id: 'model-options', role: 'listbox', class: 'model-options', hidden: true });
    this.status = el('p', { class: 'source', id: 'model-status', 'aria-live': 'polite' }, CATALOGUE_NOTE);
    this.element = el(
      'div',
      { class: 'field-row model-picker' },
      el(
        'fluent-field',
        { 'label-position': 'above', class: 'field' },
        el(
          'label',
          { slot: 'label', for: 'model-search' },
          'Model',
          el('span', { class: 'unit' }, ' (search; fills the price from the token mix)'),
        ),
        this.input,
      ),
      this.list,
      this.status,
    );
    this.input.addEventListener('input', () => void this.search(this.input.value));
    this.input.addEventListener('keydown', (event) => this.key(event as KeyboardEvent));
    this.input.addEventListener('focusout', () => setTimeout(() => this.close(), 150));
  }

  /** The model in use, if the price comes from one. */
  get model(): ModelSummary | undefined {
    return this.picked;
  }

  /** Shows the picked model's prices and the price of the mix (or why the mix cannot price it). */
  showPrice(price: MixedPrice): void {
    const model = this.picked;
    if (!model) return;
    const { input, cached, output } = model.prices;
    const since = model.since ? `, since ${model.since}` : '';
    const mix = price.ok ? `token mix: ${dollars(price.value)} per million` : `token mix: ${price.reason}`;
    this.status.textContent = `${model.name} (${model.provider.name}): input ${dollars(input)}, cache read ${dollars(cached)}, output ${dollars(output)} per million${since}; ${mix}. ${CATALOGUE_NOTE}`;
  }

  /** Back to a typed price: no model in use. */
  clear(): void {
    this.picked = undefined;
    this.input.value = '';
    this.status.textContent = CATALOGUE_NOTE;
    this.close();
  }

  private async search(text: string): Promise<void> {
    const search = ++this.searches;
    if (text.trim() === '') return this.close();
    if (NUMBER.test(text)) {
      this.close();
      this.picked = undefined;
      this.callbacks.onTypedPrice(text);
      return;
    }
    const catalogue = await loadCatalogue();
    if (search !== this.searches) return; // a later keystroke's search wins
    this.matches = searchModels(catalogue, text, MATCHES);
    this.active = this.matches.length > 0 ? 0 : -1;
    this.render(text);
  }

  private render(text: string): void {
    const options = this.matches.map((model, index) => {
      const option = el(
        'li',
        {
          role: 'option',
          id: `model-option-${index}`,
          'data-model': model.id,
          'data-provider': model.provider.id,
          'aria-selected': String(index === this.active),
        },
        el('span', { class: 'model-name' }, `${model.name} `),
        el(
          'span',
          { class: 'unit' },
          `${model.provider.name} · ${dollars(model.prices.input)} in / ${dollars(model.prices.output)} out`,
        ),
      );
      // mousedown, not click: it comes before the input's focusout closes the list.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.pick(model);
      });
      return option;
    });
    this.list.replaceChildren(
      ...(options.length > 0 ? options : [el('li', { class: 'hint' }, `No model matches “${text.trim()}”.`)]),
    );
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.markActive();
  }

  private key(event: KeyboardEvent): void {
    if (this.list.hidden || this.matches.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.matches.length) % this.matches.length;
      this.markActive();
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      this.pick(this.matches[this.active]);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private markActive(): void {
    [...this.list.children].forEach((option, index) =>
      option.setAttribute('aria-selected', String(index === this.active)),
    );
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `model-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private pick(model: ModelSummary): void {
    this.picked = model;
    this.input.value = model.id;
    this.close();
    this.callbacks.onModel(model);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
