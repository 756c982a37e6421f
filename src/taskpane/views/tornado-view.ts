import type { TornadoBar } from '../../uncertainty/tornado';
import { DRIVER_FIELDS, percentileText } from '../planner/ranges';
import { el, replaceChildren } from './dom';

const pct = (value: number) => `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;

/**
 * The tornado chart: one bar per driver that varies, widest first, spanning months to parity with that
 * driver at its P10 and at its P90 (the others at their medians). A side that never reaches parity runs
 * to the right edge. Plain elements (readable by screen readers and tests); bar geometry is set through
 * the CSSOM, which the pages' Content-Security-Policy allows (it forbids only style attributes and tags).
 */
export class TornadoView {
  readonly element: HTMLElement;
  private readonly list = el('ol', { class: 'tornado', id: 'tornado-bars' });

  constructor() {
    this.element = el(
      'section',
      { class: 'tornado-section', 'aria-labelledby': 'tornado-title' },
      el('h3', { id: 'tornado-title' }, 'What moves months to parity most'),
      this.list,
    );
  }

  show(bars: readonly TornadoBar[]): void {
    if (bars.length === 0) {
      replaceChildren(this.list, el('li', { class: 'hint' }, 'No driver varies: every driver is a single number.'));
      return;
    }
    const months = bars.flatMap((bar) => [bar.monthsAtLow, bar.monthsAtHigh]).filter((m): m is number => m !== null);
    const low = Math.min(...months, 0);
    const anyNever = bars.some((bar) => bar.monthsAtLow === null || bar.monthsAtHigh === null);
    // "never" is drawn a tenth beyond the latest finite month.
    const high = Math.max(...months, 1) * (anyNever ? 1.1 : 1);
    const position = (value: number | null) => ((value === null ? high : value) - low) / (high - low);
    replaceChildren(
      this.list,
      ...bars.map((bar) => {
        const label = DRIVER_FIELDS.find((field) => field.driver === bar.driver)?.label ?? bar.driver;
        const from = Math.min(position(bar.monthsAtLow), position(bar.monthsAtHigh));
        const to = Math.max(position(bar.monthsAtLow), position(bar.monthsAtHigh));
        const fill = el('span', { class: 'tornado-fill' });
        fill.style.marginLeft = `${(from * 100).toFixed(2)}%`;
        fill.style.width = `${Math.max(0.5, (to - from) * 100).toFixed(2)}%`;
        return el(
          'li',
          { 'data-driver': bar.driver },
          el('span', { class: 'tornado-label' }, label),
          el('span', { class: 'tornado-track', 'aria-hidden': 'true' }, fill),
          el(
            'span',
            { class: 'tornado-text' },
            `${percentileText(bar.monthsAtLow)} → ${percentileText(bar.monthsAtHigh)} months (${label.toLowerCase()} ${pct(bar.low)} → ${pct(bar.high)})`,
          ),
        );
      }),
    );
  }
}
