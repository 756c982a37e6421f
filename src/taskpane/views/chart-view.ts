import type * as ChartJs from 'chart.js';
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
  /** Drawn as columns, stacked with the chart's other columns; lines are drawn over them. */
  column?: boolean;
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
 * The month axis: from month 0 to the last month for lines; for columns, half a month beyond the
 * first and last so that their columns show whole, with ticks on whole months only. Never offset
 * (chart.js's default for a bar dataset's axis), so the bounds are exactly these.
 */
function monthAxis(lines: readonly ChartLine[]) {
  const months = lines.flatMap((line) => line.points.map((point) => point.month));
  const last = Math.max(0, ...months);
  const columns = lines.some((line) => line.column);
  return {
    min: columns ? Math.min(last, ...months) - 0.5 : 0,
    max: columns ? last + 0.5 : last,
    offset: false,
    ticks: { precision: 0, includeBounds: !columns },
    grid: { offset: false },
  };
}

/**
 * A chart.js chart of money over months: lines, or stacked columns with lines over them. chart.js is
 * loaded on first draw; later draws update the same chart without animation, and `data-draws` counts
 * them so tests and the bench can wait.
 */
export class ChartView {
  readonly element: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  private chart?: Chart;
  private chartJs?: typeof ChartJs;
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
    else if (first)
      void loadChartJs().then((chartJs) => {
        this.chartJs = chartJs;
        this.draw();
      });
  }

  private draw(): void {
    if (!this.pending || !this.chartJs) return;
    const { lines, marks } = this.pending;
    this.pending = undefined;
    const { Chart, BarController, BarElement } = this.chartJs;
    const columns = lines.some((line) => line.column);
    if (columns) Chart.register(BarController, BarElement);
    const datasets: ChartDataset<'line' | 'scatter' | 'bar', { x: number; y: number | null }[]>[] = [
      ...lines.map((line) =>
        line.column
          ? {
              type: 'bar' as const,
              label: line.label,
              data: toXY(line.points),
              backgroundColor: line.color,
              borderColor: line.color,
              borderWidth: 0,
              // One stack for all columns; lines have none, so they are not stacked on them.
              stack: 'columns',
              // Drawn under the lines (a higher order draws first).
              order: 1,
              pointStyle: 'rect' as const,
            }
          : {
              type: 'line' as const,
              label: line.label,
              data: toXY(line.points),
              borderColor: line.color,
              backgroundColor: line.color,
              borderDash: line.dashed ? [6, 4] : [],
              pointRadius: 0,
              borderWidth: 2,
              spanGaps: false,
              // Beside columns, the legend draws a line (dashed if the line is) rather than a box.
              ...(columns ? { pointStyle: 'line' as const } : {}),
            },
      ),
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
    const x = monthAxis(lines);
    if (this.chart) {
      this.chart.data.datasets = datasets as never;
      const scale = this.chart.options.scales!.x!;
      Object.assign(scale, { min: x.min, max: x.max, offset: x.offset });
      Object.assign(scale.ticks!, x.ticks);
      Object.assign(scale.grid!, x.grid);
      this.chart.options.plugins!.legend!.labels!.usePointStyle = columns;
      this.applyTheme(this.chart);
      this.chart.update('none');
    } else {
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
            x: { type: 'linear', ...x, title: { display: true, text: 'Month' } },
            y: {
              type: 'linear',
              beginAtZero: true,
              ticks: { callback: (value) => compactMoney.format(Number(value)) },
            },
          },
          // Series order, whatever their drawing order.
          plugins: {
            legend: {
              position: 'bottom',
              labels: {
                sort: (a, b) => a.datasetIndex! - b.datasetIndex!,
                // Columns' legend a box and lines' a line, both as wide as chart.js's default box.
                usePointStyle: columns,
                pointStyleWidth: 40,
              },
            },
          },
        },
      });
      this.applyTheme(this.chart);
      this.chart.update('none');
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
