import type * as ChartJs from 'chart.js';

let loading: Promise<typeof ChartJs> | undefined;

/**
 * chart.js, loaded on first use as its own chunk (the task pane's first load stays small), with only
 * the pieces the panel draws: lines over a linear month axis, points, legend, title and tooltips.
 */
export function loadChartJs(): Promise<typeof ChartJs> {
  loading ??= import(/* webpackChunkName: "chart" */ 'chart.js').then((chartJs) => {
    chartJs.Chart.register(
      chartJs.LineController,
      chartJs.ScatterController,
      chartJs.LineElement,
      chartJs.PointElement,
      chartJs.LinearScale,
      chartJs.Legend,
      chartJs.Title,
      chartJs.Tooltip,
    );
    return chartJs;
  });
  return loading;
}

/** The theme's text and grid colours, read from the Fluent tokens in force. */
export function themeColors(): { text: string; grid: string } {
  const style = getComputedStyle(document.documentElement);
  return {
    text: style.getPropertyValue('--colorNeutralForeground2').trim() || '#424242',
    grid: style.getPropertyValue('--colorNeutralStroke2').trim() || '#e0e0e0',
  };
}

/** Colours of series, distinguishable in light and dark themes. */
export const SERIES_COLORS = ['#0f6cbd', '#c4314b', '#13a10e', '#8764b8', '#ca5010', '#038387'];
