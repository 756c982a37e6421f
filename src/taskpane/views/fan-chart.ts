import type { Chart } from 'chart.js';
import type { MonthRange } from '../../uncertainty/simulate';
import { compactMoney } from '../planner/display';
import { loadChartJs, SERIES_COLORS, themeColors } from './chart-loader';
import { el } from './dom';

/** The band between P10 and P90: the P50 line's colour, mostly transparent. */
const BAND = 'rgba(15, 108, 189, 0.22)';

/**
 * The fan chart of a simulation: compute per head by month as a P10–P90 band around the P50 line,
 * with the median salary for reference. chart.js (and its Filler plugin) load on first draw;
 * `data-draws` on the canvas counts draws so tests can wait.
 */
export class FanChart {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly caption = el('p', { class: 'chart-caption', 'aria-live': 'polite' });
  private chart?: Chart;
  private draws = 0;

  constructor(id: string) {
    this.canvas = el('canvas', {
      id: `${id}-canvas`,
      role: 'img',
      'aria-label': 'Compute per head by month: P10 to P90 band, median and salary',
    }) as HTMLCanvasElement;
    this.element = el('figure', { class: 'chart', id }, el('div', { class: 'chart-box' }, this.canvas), this.caption);
  }

  async show(computePerHead: readonly MonthRange[], salary: readonly MonthRange[], caption: string): Promise<void> {
    this.caption.textContent = caption;
    const chartJs = await loadChartJs();
    chartJs.Chart.register(chartJs.Filler);
    const line = (points: readonly MonthRange[], pick: (row: MonthRange) => number) =>
      points.map((row) => ({ x: row.month, y: pick(row) }));
    const datasets = [
      { label: 'P10', data: line(computePerHead, (row) => row.p10), borderColor: BAND, borderWidth: 1, fill: false },
      {
        label: 'P10–P90',
        data: line(computePerHead, (row) => row.p90),
        borderColor: BAND,
        backgroundColor: BAND,
        borderWidth: 1,
        fill: '-1',
      },
      {
        label: 'Compute per head (P50)',
        data: line(computePerHead, (row) => row.p50),
        borderColor: SERIES_COLORS[0],
        borderWidth: 2,
        fill: false,
      },
      {
        label: 'Salary (P50)',
        data: line(salary, (row) => row.p50),
        borderColor: SERIES_COLORS[1],
        borderWidth: 2,
        borderDash: [6, 4],
        fill: false,
      },
    ].map((dataset) => ({ ...dataset, type: 'line' as const, pointRadius: 0 }));
    const lastMonth = computePerHead.at(-1)?.month ?? 0;
    const { text, grid } = themeColors();
    this.chart?.destroy();
    this.chart = new chartJs.Chart(this.canvas, {
      type: 'line',
      data: { datasets: datasets as never },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        color: text,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: {
            type: 'linear',
            min: 0,
            max: lastMonth,
            title: { display: true, text: 'Month', color: text },
            ticks: { precision: 0, color: text },
            grid: { color: grid },
          },
          y: {
            type: 'linear',
            beginAtZero: true,
            ticks: { callback: (value) => compactMoney.format(Number(value)), color: text },
            grid: { color: grid },
          },
        },
        // The P10 line only bounds the band: no legend entry of its own.
        plugins: { legend: { position: 'bottom', labels: { filter: (item) => item.text !== 'P10' } } },
      },
    });
    this.draws += 1;
    this.canvas.dataset.draws = String(this.draws);
  }

  /** Redraws with the current theme's colours. */
  refreshTheme(): void {
    if (!this.chart) return;
    const { text, grid } = themeColors();
    this.chart.options.color = text;
    for (const axis of ['x', 'y'] as const) {
      const scale = this.chart.options.scales?.[axis];
      if (!scale) continue;
      scale.ticks = { ...scale.ticks, color: text };
      scale.grid = { ...scale.grid, color: grid };
    }
    this.chart.update('none');
  }
}
