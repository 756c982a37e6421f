import { isHcError } from '../../model/errors';
import { MEASURES, type MeasureKey } from '../planner/measures';
import type { Results } from '../planner/results';
import { displayResult } from '../planner/display';
import { el, replaceChildren } from './dom';

/** A list of results: label, value (or the function's error and message), and what it means. */
export class ResultsView {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;

  constructor(
    private readonly keys: readonly MeasureKey[],
    label: string,
    id: string,
  ) {
    this.list = el('dl', { class: 'results' });
    this.element = el(
      'section',
      { class: 'results-section', 'aria-labelledby': `${id}-title`, id },
      el('h2', { id: `${id}-title` }, label),
      this.list,
    );
  }

  show(results: Results | undefined, blockedBy?: string): void {
    if (!results) {
      replaceChildren(this.list, el('p', { class: 'blocked', role: 'status' }, blockedBy ?? ''));
      return;
    }
    replaceChildren(
      this.list,
      ...this.keys.flatMap((key) => {
        const measure = MEASURES.find((candidate) => candidate.key === key)!;
        const value = results[key];
        return [
          el('dt', {}, measure.label, el('span', { class: 'note' }, measure.note)),
          el(
            'dd',
            { 'data-result': key, class: isHcError(value) ? 'error' : '' },
            displayResult(value, measure.format),
          ),
        ];
      }),
    );
  }
}
