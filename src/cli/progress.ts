/** Workbooks with more formulas than this get a progress bar. */
export const PROGRESS_THRESHOLD = 10_000;

const WIDTH = 30;

/**
 * A progress bar on stderr. On a terminal it is redrawn in place (`write` gets raw text); elsewhere
 * (a log, a test) it is written as one line per 10% step (`write` adds the line end).
 */
export class ProgressBar {
  private lastLine = '';

  constructor(
    private readonly write: (text: string) => void,
    private readonly inPlace: boolean,
  ) {}

  update(fraction: number, label: string): void {
    const clamped = Math.min(1, Math.max(0, fraction));
    const shown = this.inPlace ? clamped : Math.floor(clamped * 10) / 10;
    const filled = Math.round(shown * WIDTH);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(shown * 100)).padStart(3)}% ${label}`;
    if (line === this.lastLine) return;
    this.lastLine = line;
    // On a terminal: back to the line's start, and clear what a longer previous line left.
    this.write(this.inPlace ? `\r${line}\x1b[K` : line);
  }

  /** Ends the bar's line on a terminal. */
  finish(): void {
    if (this.inPlace && this.lastLine) this.write('\n');
  }
}
