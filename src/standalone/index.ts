import { mountPlanner, SHEET_INSERTED } from '../taskpane/app';
import { offerDownload } from '../taskpane/ports/download';
import type { EmbeddedWorkbook } from '../taskpane/ports/embedded';
import type { WorkbookPort } from '../taskpane/ports/workbook-port';
import { loadChartJs } from '../taskpane/views/chart-loader';
import { applyTheme } from '../taskpane/views/fluent';
import type { GridView } from './grid-view';

/**
 * The standalone planner: the task pane's panel over an embedded HyperFormula workbook, a grid of
 * that workbook, "Download .xlsx" and "Open .xlsx". Nothing leaves this page: no network at run time.
 * The engine (HyperFormula, the largest part) loads as its own chunk while the panel is already in use.
 */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element as T;
}

/** The panel's port: waits for the engine on first use, and lets "Open .xlsx" swap the workbook behind it. */
class CurrentWorkbook implements WorkbookPort {
  constructor(public ready: Promise<EmbeddedWorkbook>) {}
  insertSheet: WorkbookPort['insertSheet'] = async (layout) => (await this.ready).insertSheet(layout);
  readScenarioXml: WorkbookPort['readScenarioXml'] = async () => (await this.ready).readScenarioXml();
  writeScenarioXml: WorkbookPort['writeScenarioXml'] = async (xml) => (await this.ready).writeScenarioXml(xml);
  openDerivedCopy: WorkbookPort['openDerivedCopy'] = async (derive) => (await this.ready).openDerivedCopy(derive);
}

async function start(): Promise<void> {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  applyTheme(dark.matches);
  void loadChartJs(); // fetched while the panel builds itself
  const engine = import(/* webpackChunkName: "engine" */ './workbook-view');
  const current = new CurrentWorkbook(engine.then(({ newWorkbook }) => newWorkbook()));
  const status = byId('file-status');
  const root = byId('planner');

  let planner = await mountPlanner(root, current);
  dark.addEventListener('change', () => {
    applyTheme(dark.matches);
    planner.refreshTheme();
  });

  const { GridView: Grid } = await engine;
  const grid: GridView = new Grid(await current.ready);
  // The sheet's charts take the theme's colours when drawn (after the listener above applied the theme).
  dark.addEventListener('change', () => grid.render());
  byId('workbook-area').append(grid.element);
  grid.render();
  root.addEventListener(SHEET_INSERTED, (event) =>
    grid.show((event as CustomEvent<{ sheetName: string }>).detail.sheetName),
  );

  byId('download').addEventListener('click', async () => {
    status.textContent = 'Preparing the workbook…';
    const { exportXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx-export');
    offerDownload('hc-planner.xlsx', await exportXlsx(await current.ready));
    status.textContent = `Downloaded hc-planner.xlsx (${(await current.ready).engine.getSheetNames().length} sheets, values cached).`;
  });

  const fileInput = byId<HTMLInputElement>('open-file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    status.textContent = `Opening ${file.name}…`;
    try {
      const { importXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx-import');
      const workbook = await importXlsx(await file.arrayBuffer());
      workbook.extras.fileName = file.name;
      current.ready = Promise.resolve(workbook);
      grid.setWorkbook(workbook);
      planner = await mountPlanner(root, current);
      status.textContent = `Opened ${file.name}.`;
    } catch (error) {
      status.textContent = `Could not open ${file.name}: ${(error as Error).message}`;
    } finally {
      fileInput.value = '';
    }
  });
  document.body.dataset.ready = 'true';
}

void start();
