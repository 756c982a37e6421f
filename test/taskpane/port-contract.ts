import { DEFAULT_INPUTS, FIELDS } from '../../src/taskpane/planner/inputs';
import { MEASURES } from '../../src/taskpane/planner/measures';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import type { CellContent, ChartSpec, WorkbookPort } from '../../src/taskpane/ports/workbook-port';
import { DEFAULT_WORKFORCE } from '../../src/taskpane/planner/workforce';
import { emptyStore, saveScenario } from '../../src/scenarios/operations';
import { storeFromXml, storeToXml } from '../../src/scenarios/xml';
import type { NameRecord, WorkbookSeed } from './fake-workbook';

/** A port with the read access a test needs (the panel itself never reads cells). */
export interface PortUnderTest {
  port: WorkbookPort;
  sheetNames(): string[];
  /** Every non-empty cell of a sheet, formulas as text ("=…"). */
  cells(sheet: string): Record<string, CellContent>;
  names(): NameRecord[];
  /** The native charts of a sheet, in the order they were added. */
  charts(sheet: string): ChartSpec[];
}

export type PortFactory = (seed: WorkbookSeed) => PortUnderTest;

/** A workbook an analyst already works in: an "HC Model" sheet of their own and names that look like ours. */
export const BUSY_WORKBOOK: WorkbookSeed = {
  sheets: {
    Plan: { A1: 'Headcount plan', A2: 'Salary', B2: 200000, A3: 'Compute', B3: 50000, B4: '=B2+B3' },
    'HC Model': { A1: 'My own model — keep out', B5: 123, C7: '=Plan!B4*2' },
  },
  names: [
    { name: 'HC_Salary', scope: null, refersTo: 'Plan!$B$2' },
    { name: 'HC_TeamSize', scope: 'HC Model', refersTo: "'HC Model'!$B$5" },
  ],
};

const INPUT_NAMES = FIELDS.filter((field) => field.cellName).map((field) => field.cellName!);
const layout = (horizonMonths = 12) => modelSheetLayout({ ...DEFAULT_INPUTS, horizonMonths }, 'Base case');

/** One behaviour suite, run by every WorkbookPort implementation (embedded and fake). */
export function describePortContract(label: string, create: PortFactory): void {
  describe(`WorkbookPort contract: ${label}`, () => {
    test('inserts "HC Model" into a workbook that has none, and changes no other sheet', async () => {
      const workbook = create({ sheets: { Sheet1: { A1: 'notes' } }, names: [] });
      const { sheetName } = await workbook.port.insertSheet(layout());
      expect(sheetName).toBe('HC Model');
      expect(workbook.sheetNames()).toEqual(['Sheet1', 'HC Model']);
      expect(workbook.cells('Sheet1')).toEqual({ A1: 'notes' });
    });

    test('never overwrites: an existing "HC Model" sheet and existing names stay value for value the same', async () => {
      const workbook = create(BUSY_WORKBOOK);
      const before = { plan: workbook.cells('Plan'), model: workbook.cells('HC Model'), names: workbook.names() };
      const first = await workbook.port.insertSheet(layout());
      const second = await workbook.port.insertSheet(layout());
      expect([first.sheetName, second.sheetName]).toEqual(['HC Model (2)', 'HC Model (3)']);
      expect(workbook.cells('Plan')).toEqual(before.plan);
      expect(workbook.cells('HC Model')).toEqual(before.model);
      expect(workbook.names().slice(0, before.names.length)).toEqual(before.names);
      expect(workbook.sheetNames()).toEqual(['Plan', 'HC Model', 'HC Model (2)', 'HC Model (3)']);
    });

    test('sheet names are compared as Excel does, ignoring case', async () => {
      const workbook = create({ sheets: { 'hc model': {}, 'HC MODEL (2)': {} }, names: [] });
      expect((await workbook.port.insertSheet(layout())).sheetName).toBe('HC Model (3)');
    });

    test('every input and summary cell gets an HC_ name scoped to the new sheet', async () => {
      const workbook = create(BUSY_WORKBOOK);
      const { sheetName } = await workbook.port.insertSheet(layout());
      const added = workbook.names().filter((name) => name.scope === sheetName);
      const expected = [...INPUT_NAMES, ...MEASURES.map((measure) => measure.cellName)];
      expect(added.map((name) => name.name).sort()).toEqual([...expected].sort());
      expect(added.every((name) => name.name.startsWith('HC_') && name.refersTo.startsWith(`'${sheetName}'!`))).toBe(
        true,
      );
      const cells = workbook.cells(sheetName);
      const salary = added.find((name) => name.name === 'HC_Salary')!;
      expect(cells[salary.refersTo.split('!')[1].replace(/\$/g, '')]).toBe(DEFAULT_INPUTS.salary);
    });

    test('the monthly table has one row of live =HC. formulas per month of the horizon', async () => {
      const workbook = create({ sheets: { Sheet1: {} }, names: [] });
      const { sheetName } = await workbook.port.insertSheet(layout(24));
      const cells = workbook.cells(sheetName);
      const monthHeader = Object.entries(cells).find(([, content]) => content === 'Month')!;
      const headerRow = Number(monthHeader[0].slice(1));
      const months = Array.from({ length: 25 }, (_, month) => cells[`A${headerRow + 1 + month}`]);
      expect(months).toEqual(Array.from({ length: 25 }, (_, month) => month));
      expect(cells[`A${headerRow + 26}`]).toBeUndefined();
      for (const column of ['B', 'C', 'D', 'E']) {
        for (let row = headerRow + 1; row <= headerRow + 25; row++)
          expect(String(cells[`${column}${row}`])).toMatch(/^=HC\.[A-Z_]+\(/);
      }
      expect(cells[`B${headerRow + 1}`]).toBe(
        `=HC.COMPUTE_RUN_RATE(HC_ComputePerHead,HC_UsageGrowth,A${headerRow + 1},HC_PriceChange)`,
      );
    });

    test('a model sheet with a workforce plan: its inputs named, its columns live formulas, and both charts', async () => {
      const workbook = create({ sheets: { Sheet1: {} }, names: [] });
      const withPlan = modelSheetLayout({ ...DEFAULT_INPUTS, horizonMonths: 12 }, 'Base case', DEFAULT_WORKFORCE);
      const { sheetName } = await workbook.port.insertSheet(withPlan);
      const cells = workbook.cells(sheetName);
      const named = (name: string) => {
        const record = workbook.names().find((candidate) => candidate.name === name && candidate.scope === sheetName)!;
        return cells[record.refersTo.split('!')[1].replace(/\$/g, '')];
      };
      expect(named('HC_StartHeads')).toBe(DEFAULT_WORKFORCE.startHeads);
      expect(named('HC_Attrition')).toBe(DEFAULT_WORKFORCE.annualAttrition);
      const heads = Object.entries(cells).find(([, content]) => String(content).startsWith('=HC.HEADCOUNT_PLAN('))!;
      const costs = Object.entries(cells).find(([, content]) => String(content).startsWith('=HC.COST_PLAN('))!;
      expect(heads[0]).toMatch(/^F\d+$/);
      expect(costs[0]).toBe(`H${heads[0].slice(1)}`);
      expect(workbook.charts(sheetName).map((chart) => [chart.title, chart.kind ?? 'line'])).toEqual([
        ['Compute per head vs salary', 'line'],
        ['People vs compute cost per month, and the budget', 'stackedColumn'],
      ]);
    });

    test('a sheet without inputs or names (a results sheet) adds no names and keeps its one chart', async () => {
      const workbook = create(BUSY_WORKBOOK);
      const before = workbook.names();
      const { sheetName } = await workbook.port.insertSheet({
        baseName: 'HC Ranges',
        blocks: [
          {
            topLeft: 'A1',
            rows: [
              ['Month', 'P50'],
              [0, 100000],
              [1, 105000],
            ],
          },
        ],
        names: [],
        formats: [{ range: 'B2:B3', format: '$#,##0' }],
        headerRanges: ['A1:B1'],
        chart: {
          title: 'Fan',
          categories: 'A2:A3',
          series: [{ name: 'P50', values: 'B2:B3' }],
          placement: { topLeft: 'D2', bottomRight: 'J12' },
        },
      });
      expect(sheetName).toBe('HC Ranges');
      expect(workbook.names()).toEqual(before);
      expect(workbook.cells(sheetName)).toEqual({ A1: 'Month', B1: 'P50', A2: 0, B2: 100000, A3: 1, B3: 105000 });
      expect(workbook.charts(sheetName).map((chart) => chart.title)).toEqual(['Fan']);
    });

    test('the scenario store round-trips and is replaced, not duplicated', async () => {
      const workbook = create({ sheets: { Sheet1: {} }, names: [] });
      expect(await workbook.port.readScenarioXml()).toBeUndefined();
      const base = saveScenario(emptyStore(), 'Base', DEFAULT_INPUTS, new Date(0));
      const one = storeToXml(base);
      await workbook.port.writeScenarioXml(one);
      expect(storeFromXml(await workbook.port.readScenarioXml())).toEqual({ kind: 'ok', store: base });
      const two = storeToXml(saveScenario(base, 'Swarm', DEFAULT_INPUTS, new Date(0)));
      await workbook.port.writeScenarioXml(two);
      expect(await workbook.port.readScenarioXml()).toBe(two);
    });

    test('a store the panel cannot read comes back exactly as it was', async () => {
      const corrupt = '<hcScenarios xmlns="urn:hc-planner:scenarios" version="1">{not json</hcScenarios>';
      const workbook = create({ sheets: { Sheet1: {} }, names: [], scenarioXml: corrupt });
      expect(await workbook.port.readScenarioXml()).toBe(corrupt);
      await workbook.port.insertSheet(layout());
      expect(await workbook.port.readScenarioXml()).toBe(corrupt);
    });
  });
}
