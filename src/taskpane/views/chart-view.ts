import type { Chart, ChartDataset } from 'chart.js';
import type { OutputCell } from '../../registry';
import { compactMoney } from '../planner/display';
import { el } from './dom';
import { loadChartJs, SERIES_COLORS, themeColors } from './chart-loader';

/** One line of a chart: a label and a value per month (errors leave gaps). */
export interface ChartLine {
  label: string;
  /** A value per month; an error or null leaves a gap. */
  points: readonly { month: number; value: OutputCell | null }[];
  color: string;
  dashed?: boolean;
}

/** A point marked on the chart, e.g. where compute per head crosses salary. */
export interface ChartMark {
  label: string;
  month: number;
  value: number;
}

const toXY = (points: ChartLine['points']) =>
  points.map(({ month, value }) => ({ x: month, y: typeof value === 'number' ? value : null }));

/**
 * A chart.js line chart of money over months. chart.js is loaded on first draw; later draws update
 * the same chart without animation, and `data-draws` counts them so tests and the bench can wait.
 */
export class ChartView {
  readonly element: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  private chart?: Chart;
  private pending?: { lines: ChartLine[]; marks: ChartMark[] };
  private draws = 0;

  constructor(
    label: string,
    id: string,
    private readonly caption: HTMLElement = el('p', { class: 'chart-caption', 'aria-live': 'polite' }),
  ) {
    this.canvas = el('canvas', { id: `${id}-canvas`, role: 'img', 'aria-label': label }) as HTMLCanvasElement;
    this.element = el('figure', { class: 'chart', id }, el('div', { class: 'chart-box' }, this.canvas), this.caption);
  }

  /** Greys the chart out while its inputs are invalid, saying why. */
  markStale(caption: string): void {
    this.element.classList.add('stale');
    this.caption.textContent = caption;
  }

  show(lines: ChartLine[], marks: ChartMark[], caption: string): void {
    this.element.classList.remove('stale');
    this.caption.textContent = caption;
    const first = this.pending === undefined && this.chart === undefined;
    this.pending = { lines, marks };
    if (this.chart) this.draw();
    else if (first) void loadChartJs().then(() => this.draw());
  }

  private draw(): void {
    if (!this.pending) return;
    const { lines, marks } = this.pending;
    this.pending = undefined;
    const datasets: ChartDataset<'line' | 'scatter', { x: number; y: number | null }[]>[] = [
      ...lines.map((line) => ({
        type: 'line' as const,
        label: line.label,
        data: toXY(line.points),
        borderColor: line.color,
        backgroundColor: line.color,
        borderDash: line.dashed ? [6, 4] : [],
        pointRadius: 0,
        borderWidth: 2,
        spanGaps: false,
      })),
      ...marks.map((mark) => ({
        type: 'scatter' as const,
        label: mark.label,
        data: [{ x: mark.month, y: mark.value }],
        borderColor: '#f7630c',
        backgroundColor: '#f7630c',
        pointStyle: 'crossRot' as const,
        pointRadius: 9,
        pointBorderWidth: 3,
      })),
    ];
    const lastMonth = Math.max(0, ...lines.flatMap((line) => line.points.map((point) => point.month)));
    if (this.chart) {
      this.chart.data.datasets = datasets as never;
      this.chart.options.scales!.x!.max = lastMonth;
      this.applyTheme(this.chart);
      this.chart.update('none');
    } else {
      void loadChartJs().then(({ Chart }) => {
        this.chart = new Chart(this.canvas, {
          type: 'line',
          data: { datasets: datasets as never },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            parsing: false,
            normalized: true,
            interaction: { mode: 'nearest', intersect: false },
            scales: {
              x: {
                type: 'linear',
                min: 0,
                max: lastMonth,
                title: { display: true, text: 'Month' },
                ticks: { precision: 0 },
              },
              y: {
                type: 'linear',
                beginAtZero: true,
                ticks: { callback: (value) => compactMoney.format(Number(value)) },
              },
            },
            plugins: { legend: { position: 'bottom' } },
          },
        });
        this.applyTheme(this.chart);
        this.chart.update('none');
        this.markDrawn();
      });
      return;
    }
    this.markDrawn();
  }

  private applyTheme(chart: Chart): void {
    const { text, grid } = themeColors();
    chart.options.color = text;
    for (const axis of ['x', 'y'] as const) {
      const scale = chart.options.scales?.[axis];
      if (!scale) continue;
      scale.ticks = { ...scale.ticks, color: text };
      scale.grid = { ...scale.grid, color: grid };
      if ('title' in scale && scale.title) scale.title.color = text;
    }
  }

  private markDrawn(): void {
    this.draws += 1;
    this.canvas.dataset.draws = String(this.draws);
    if (this.pending) this.draw();
  }

  /** Redraws with the current theme's colours (after a theme change). */
  refreshTheme(): void {
    if (!this.chart) return;
    this.applyTheme(this.chart);
    this.chart.update('none');
  }
}

export { SERIES_COLORS };
