import type { ShareSafeCopy } from '../../share/workbook/share-workbook';
import type { ProgressListener } from '../../xlsx/recalculate';
import { shareSafeName } from '../planner/share-name';
import { CopyRefused, type CopyDelivery, type WorkbookPort } from '../ports/workbook-port';
import { el, replaceChildren } from './dom';

/** Formulas left as they were that the panel lists by address; the rest are counted. */
const LISTED = 10;

const count = (value: number) => value.toLocaleString('en-US');

/** Lets the status text paint before the transform holds the main thread. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * "Make share-safe copy": the open workbook, with every HC formula rewritten as native formulas, a
 * cover sheet and a leadership summary, handed over through the port (a new workbook in Excel, a
 * download on the page). The transform loads on first use, as its own chunk (engine and translator).
 */
export class ShareView {
  readonly button: HTMLElement;
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly summary: HTMLElement;

  constructor(private readonly port: WorkbookPort) {
    this.button = el('fluent-button', { id: 'share-copy' }, 'Make share-safe copy');
    this.status = el('p', { class: 'status', id: 'share-status', role: 'status', 'aria-live': 'polite' });
    this.summary = el('div', { id: 'share-summary', class: 'share-summary' });
    this.element = el('div', { class: 'share' }, this.status, this.summary);
    this.button.addEventListener('click', () => void this.make());
  }

  private async make(): Promise<void> {
    this.button.toggleAttribute('disabled', true);
    replaceChildren(this.summary);
    this.status.className = 'status';
    this.status.textContent = 'Reading the workbook…';
    let made: ShareSafeCopy | undefined;
    try {
      const delivery = await this.port.openDerivedCopy(async (file) => {
        this.status.textContent = 'Translating HC formulas into native formulas…';
        const [{ shareSafeFile }] = await Promise.all([
          import(/* webpackChunkName: "share" */ '../planner/share-copy'),
          nextPaint(),
        ]);
        const result = await shareSafeFile(file, this.progress);
        made = result.copy;
        this.status.textContent = 'Opening the copy…';
        return result.file;
      });
      this.showDone(delivery, made!);
    } catch (error) {
      this.showRefusal(error);
    } finally {
      this.button.toggleAttribute('disabled', false);
    }
  }

  private readonly progress: ProgressListener = (stage, done, formulaCount) => {
    const percent = formulaCount > 0 ? ` ${Math.round((100 * done) / formulaCount)}%` : '';
    this.status.textContent =
      stage === 'writing' ? `Writing the copy…${percent}` : `Calculating ${count(formulaCount)} formulas…${percent}`;
  };

  private showDone(delivery: CopyDelivery, copy: ShareSafeCopy): void {
    this.status.textContent =
      delivery.kind === 'opened'
        ? 'The share-safe copy is open as a new workbook: save it under a name of your choice. Your workbook is unchanged.'
        : `Downloaded “${delivery.name}”. This workbook is unchanged.`;
    const added = [copy.coverSheet, copy.addedModelSheet, copy.summarySheet].filter(
      (name): name is string => name !== undefined,
    );
    const row = (label: string, value: string, key: string) => [
      el('dt', {}, label),
      el('dd', { 'data-share': key }, value),
    ];
    const problems = [
      ...copy.untranslated.map(({ address, reason }) => ({ address, reason: `needs the add-in: ${reason}` })),
      ...copy.unevaluated.map(({ address, reason }) => ({ address, reason: `not calculated: ${reason}` })),
    ];
    replaceChildren(
      this.summary,
      el(
        'dl',
        { class: 'results' },
        ...row('HC formulas converted', count(copy.formulasConverted), 'formulas'),
        ...row('Cells now holding native formulas', count(copy.cellsWritten), 'cells'),
        ...(copy.namesConverted > 0 ? row('Defined names converted', count(copy.namesConverted), 'names') : []),
        ...(copy.frozen.length > 0 ? row('Simulations kept as computed now', count(copy.frozen.length), 'frozen') : []),
        ...row('HC formulas not converted', count(copy.untranslated.length), 'untranslated'),
      ),
      el(
        'p',
        { class: 'hint' },
        'Sheets added: ',
        el('span', { 'data-share': 'sheets' }, added.map((name) => `“${name}”`).join(', ')),
      ),
      problems.length > 0 &&
        el(
          'div',
          { class: 'problem', id: 'share-problems' },
          el('p', {}, `${count(problems.length)} formulas are left as they were, with their saved values:`),
          el(
            'ul',
            {},
            ...problems
              .slice(0, LISTED)
              .map(({ address, reason }) => el('li', {}, el('strong', {}, address), ` ${reason}`)),
            problems.length > LISTED && el('li', {}, `… and ${count(problems.length - LISTED)} more`),
          ),
        ),
    );
  }

  private showRefusal(error: unknown): void {
    this.status.className = 'status problem';
    const message = error instanceof Error ? error.message : String(error);
    this.status.textContent = `No copy was made: ${message}`;
    const tooLarge = error instanceof CopyRefused ? error.tooLarge : undefined;
    if (tooLarge) {
      const command = `npx hcplan share "${tooLarge.fileName}" -o "${shareSafeName(tooLarge.fileName)}"`;
      this.status.append(' Use the command line on the saved file instead:', el('br'), el('code', {}, command));
    }
  }
}
