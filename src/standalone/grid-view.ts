import { columnLetters, parseRange, toAddress } from '../taskpane/model-sheet/a1';
import type { EmbeddedWorkbook } from '../taskpane/ports/embedded';
import { FIELDS } from '../taskpane/planner/inputs';
import { WORKFORCE_FIELDS } from '../taskpane/planner/workforce';
import { themeColors } from '../taskpane/views/chart-loader';
import { ChartView, SERIES_COLORS } from '../taskpane/views/chart-view';
import { el, replaceChildren } from '../taskpane/views/dom';
import { fromEngine, isEngineError } from '../engine/values';
import { cellText } from './cell-text';

/**
 * The embedded workbook as a spreadsheet grid: a tab per sheet, values as computed, the formula in
 * each cell's tooltip, the model's input cells editable (every formula recalculates), and the
 * sheet's charts drawn with chart.js.
 */
export class GridView {
  readonly element: HTMLElement;
  private readonly tabs = el('div', { class: 'sheet-tabs', role: 'tablist', 'aria-label': 'Sheets' });
  private readonly body = el('div', { class: 'grid-scroll', tabindex: '0', 'aria-label': 'Sheet cells' });
  /** One view per chart of the sheet shown, reused across sheets and redraws. */
  private readonly charts: ChartView[] = [];
  private readonly chartBox = el('div', { class: 'sheet-chart' });
  private current?: string;

  constructor(private workbook: EmbeddedWorkbook) {
    this.element = el(
      'section',
      { class: 'workbook', 'aria-labelledby': 'workbook-title' },
      el('h2', { id: 'workbook-title' }, 'Workbook'),
      this.tabs,
      this.chartBox,
      this.body,
    );
  }

  /** Shows another workbook (after opening a file). */
  setWorkbook(workbook: EmbeddedWorkbook): void {
    this.workbook = workbook;
    this.current = undefined;
    this.render();
  }

  show(sheetName: string): void {
    this.current = sheetName;
    this.render();
  }

  render(): void {
    const engine = this.workbook.engine;
    const names = engine.getSheetNames();
    const current = this.current && names.includes(this.current) ? this.current : names[names.length - 1];
    this.current = current;
    replaceChildren(
      this.tabs,
      ...names.map((name) => {
        const tab = el(
          'button',
          {
            type: 'button',
            role: 'tab',
            class: 'sheet-tab',
            'aria-selected': String(name === current),
            'data-sheet': name,
          },
          name,
        );
        tab.addEventListener('click', () => this.show(name));
        return tab;
      }),
    );
    this.renderCells(current);
    this.renderCharts(current);
  }

  private renderCells(sheetName: string): void {
    const engine = this.workbook.engine;
    const sheet = engine.getSheetId(sheetName)!;
    const layout = this.workbook.extras.sheetLayouts.get(sheetName);
    const formats = new Map<string, string>();
    for (const format of layout?.formats ?? []) {
      const { top, left, bottom, right } = parseRange(format.range);
      for (let row = top; row <= bottom; row++)
        for (let column = left; column <= right; column++) formats.set(toAddress(row, column), format.format);
    }
    const inputs = this.inputCells(sheet);
    const { height, width } = engine.getSheetDimensions(sheet);
    const columns = Math.max(width, 1);
    const header = el(
      'tr',
      {},
      el('th', { scope: 'col', class: 'corner' }),
      ...Array.from({ length: columns }, (_, column) => el('th', { scope: 'col' }, columnLetters(column))),
    );
    const rows = Array.from({ length: height }, (_, row) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, String(row + 1)),
        ...Array.from({ length: columns }, (_, column) => {
          const address = toAddress(row, column);
          const value = fromEngine(engine.getCellValue({ sheet, row, col: column }));
          const formula = engine.getCellFormula({ sheet, row, col: column });
          const isInput = inputs.has(address);
          const cell = el('td', {
            'data-address': address,
            title: formula ? `${address}: ${formula}` : address,
            class: [
              typeof value === 'number' ? 'number' : '',
              isEngineError(value) ? 'error' : '',
              isInput ? 'input' : '',
            ]
              .join(' ')
              .trim(),
          });
          if (isInput) {
            const label = String(engine.getCellValue({ sheet, row, col: column - 1 }) ?? address);
            const input = el('input', {
              type: 'text',
              value: isEngineError(value) ? value.code : String(value ?? ''),
              'aria-label': `${label} (${sheetName}!${address})`,
              'data-address': address,
            }) as HTMLInputElement;
            input.addEventListener('change', () => {
              const number = Number(input.value.replace(/[\s,$]/g, ''));
              engine.setCellContents(
                { sheet, row, col: column },
                input.value.trim() !== '' && Number.isFinite(number) ? number : input.value,
              );
              this.render();
              (this.body.querySelector(`input[data-address="${address}"]`) as HTMLInputElement | null)?.focus();
            });
            cell.append(input);
          } else {
            cell.textContent = cellText(value, formats.get(address));
          }
          return cell;
        }),
      ),
    );
    replaceChildren(
      this.body,
      el('table', { class: 'grid', 'data-sheet': sheetName }, el('thead', {}, header), el('tbody', {}, ...rows)),
    );
  }

  /**
   * The model's input cells on a sheet: those its sheet-scoped input names (HC_Salary, …) point at.
   * Found from the names, so a model sheet reopened from a file is editable too.
   */
  private inputCells(sheet: number): Set<string> {
    const engine = this.workbook.engine;
    const cells = new Set<string>();
    for (const field of [...FIELDS, ...WORKFORCE_FIELDS]) {
      // Scoped lookup only: a workbook-wide name of the same spelling is not this sheet's model.
      const named = field.cellName ? engine.getNamedExpression(field.cellName, sheet) : null;
      const address = named ? /!\$?([A-Z]+)\$?(\d+)$/.exec(String(named.expression)) : null;
      if (address) cells.add(`${address[1]}${address[2]}`);
    }
    return cells;
  }

  /** The sheet's native charts (lines, or stacked columns with a line), drawn from its cells as computed now. */
  private renderCharts(sheetName: string): void {
    const layout = this.workbook.extras.sheetLayouts.get(sheetName);
    const specs = layout ? [layout.chart, ...(layout.extraCharts ?? [])] : [];
    const engine = this.workbook.engine;
    const sheet = engine.getSheetId(sheetName)!;
    const column = (range: string) => {
      const { top, left, bottom } = parseRange(range);
      return Array.from({ length: bottom - top + 1 }, (_, index) =>
        engine.getCellValue({ sheet, row: top + index, col: left }),
      );
    };
    const views = specs.map((spec, index) => {
      const label = `Chart of the sheet: ${spec.title}`;
      const view = (this.charts[index] ??= new ChartView(label, `sheet-chart-${index + 1}`));
      view.canvas.setAttribute('aria-label', label); // a reused view may have shown another chart
      const months = column(spec.categories).map(Number);
      const stacked = spec.kind === 'stackedColumn';
      // A line over stacked columns (the budget) is a reference line: dashed, in the theme's text colour,
      // so that it reads over columns of any colour and on either background.
      const referenceColor = themeColors().text;
      const lines = spec.series.map((series, seriesIndex) => ({
        label: series.name,
        color: stacked && series.line ? referenceColor : SERIES_COLORS[seriesIndex],
        column: stacked && !series.line,
        dashed: stacked && series.line,
        points: column(series.values).map((value, row) => ({
          month: months[row],
          value: typeof value === 'number' && Number.isFinite(value) ? value : null,
        })),
      }));
      view.show(lines, [], `${spec.title} — one of the sheet's native charts, drawn from its cells.`);
      return view.element;
    });
    replaceChildren(this.chartBox, ...views);
  }
}
