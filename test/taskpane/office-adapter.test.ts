import { OfficeMockObject } from 'office-addin-mock';
import { DEFAULT_INPUTS } from '../../src/taskpane/planner/inputs';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import { DEFAULT_WORKFORCE } from '../../src/taskpane/planner/workforce';
import { OfficeWorkbook } from '../../src/taskpane/ports/office';
import { SCENARIO_NAMESPACE } from '../../src/taskpane/ports/workbook-port';

// office-addin-mock reads only the OfficeApp enum from office-addin-manifest, whose ESM-only
// dependencies jest cannot require: the enum's values stand in for the package.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));

/**
 * office-addin-mock has no Excel behaviour: these tests only check that the adapter loads what it
 * reads before reading it, syncs, and makes one Excel.run per action. What Excel then does with the
 * queued commands is verified nowhere here (see the README section).
 */
interface Recorder {
  runs: number;
  syncs: number;
}

function installExcel(model: Record<string, unknown>): Recorder {
  const recorder: Recorder = { runs: 0, syncs: 0 };
  const mock = new OfficeMockObject({
    context: { workbook: model },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      recorder.runs += 1;
      return callback(this.context);
    },
  }) as unknown as { context: { sync(): Promise<void> } };
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    recorder.syncs += 1;
    await sync();
  };
  (globalThis as unknown as { Excel: unknown }).Excel = Object.assign(mock, {
    ChartType: { line: 'Line' },
    ChartSeriesBy: { columns: 'Columns' },
  });
  return recorder;
}

describe('Office adapter: load/sync use (office-addin-mock)', () => {
  afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

  test('reading the scenario store loads the parts collection before reading it, in one Excel.run', async () => {
    const asked: string[] = [];
    const recorder = installExcel({
      customXmlParts: {
        found: { items: [{ getXml: () => ({ value: '<hcScenarios/>' }) }] },
        getByNamespace(namespace: string) {
          asked.push(namespace);
          return (this as unknown as { found: unknown }).found;
        },
      },
    });
    await expect(new OfficeWorkbook().readScenarioXml()).resolves.toBe('<hcScenarios/>');
    expect(asked).toEqual([SCENARIO_NAMESPACE]);
    expect(recorder).toEqual({ runs: 1, syncs: 2 });
  });

  test('no part yet: read gives undefined; write adds a part in one Excel.run', async () => {
    const added: string[] = [];
    const recorder = installExcel({
      customXmlParts: {
        found: { items: [] },
        getByNamespace() {
          return (this as unknown as { found: unknown }).found;
        },
        add: (xml: string) => added.push(xml),
      },
    });
    await expect(new OfficeWorkbook().readScenarioXml()).resolves.toBeUndefined();
    await new OfficeWorkbook().writeScenarioXml('<hcScenarios version="1"/>');
    expect(added).toEqual(['<hcScenarios version="1"/>']);
    expect(recorder).toEqual({ runs: 2, syncs: 3 });
  });

  test('an existing part is replaced with setXml, never duplicated', async () => {
    const written: string[] = [];
    installExcel({
      customXmlParts: {
        found: { items: [{ setXml: (xml: string) => written.push(xml) }] },
        getByNamespace() {
          return (this as unknown as { found: unknown }).found;
        },
        add: () => {
          throw new Error('must not add a second part');
        },
      },
    });
    await new OfficeWorkbook().writeScenarioXml('<new/>');
    expect(written).toEqual(['<new/>']);
  });

  // office-addin-mock cannot load a path such as 'items/name' (it looks for `name` on the collection),
  // so this test's worksheets collection checks the same rule itself: items only after load + sync.
  test('insert: reads sheet names only after loading them, queues every write, two syncs in one Excel.run', async () => {
    const layout = modelSheetLayout({ ...DEFAULT_INPUTS, horizonMonths: 3 }, 'x');
    const ranges: { address: string; formulas?: unknown[][]; numberFormat?: unknown }[] = [];
    const names: [string, string][] = [];
    const range = (address: string) => {
      const record = { address, format: { font: {}, fill: {} } };
      ranges.push(record);
      return record;
    };
    const chart = {
      title: {},
      axes: { categoryAxis: { title: {} } },
      series: {
        getItemAt: () => ({ setXAxisValues: () => undefined }),
        add: (name: string) => ({ name, setValues: () => undefined, setXAxisValues: () => undefined }),
      },
      setPosition: () => undefined,
    };
    let state: 'new' | 'queued' | 'loaded' = 'new';
    const worksheets = {
      load(path: string) {
        expect(path).toBe('items/name');
        state = 'queued';
      },
      get items() {
        if (state !== 'loaded') throw new Error('worksheets.items read before load and sync');
        return [{ name: 'HC Model' }, { name: 'Sheet1' }];
      },
      add: (name: string) => ({
        name,
        getRange: range,
        names: { add: (added: string, target: { address: string }) => names.push([added, target.address]) },
        charts: { add: () => chart },
        activate: () => undefined,
      }),
    };
    let runs = 0;
    let syncs = 0;
    const context = {
      workbook: { worksheets },
      sync: async () => {
        syncs += 1;
        if (state === 'queued') state = 'loaded';
      },
    };
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async (callback: (context: unknown) => Promise<unknown>) => {
        runs += 1;
        return callback(context);
      },
      ChartType: { line: 'Line' },
      ChartSeriesBy: { columns: 'Columns' },
    };
    await expect(new OfficeWorkbook().insertSheet(layout)).resolves.toEqual({ sheetName: 'HC Model (2)' });
    expect({ runs, syncs }).toEqual({ runs: 1, syncs: 2 });
    expect(names).toContainEqual(['HC_Salary', 'B6']);
    const table = ranges.find((record) => record.address === 'A22:E27')!;
    expect(table.formulas).toHaveLength(6);
    // Short rows are padded to the block's width with empty strings (which leave cells blank).
    expect(table.formulas![0]).toEqual([
      'Monthly projection: 3 months (rows fixed when the sheet was inserted)',
      '',
      '',
      '',
      '',
    ]);
    expect(table.formulas![2]).toEqual(layout.blocks[3].rows[2]);
  });

  test('insert with a workforce plan: a line chart, then stacked columns with the budget series drawn as a line', async () => {
    const layout = modelSheetLayout({ ...DEFAULT_INPUTS, horizonMonths: 3 }, 'x', DEFAULT_WORKFORCE);
    const charts: { type: string; series: { name: string; chartType?: string }[]; position?: string[] }[] = [];
    const styled: string[] = [];
    const sheet = {
      getRange: (address: string) => ({
        address,
        format: {
          font: {},
          fill: {
            set color(value: string) {
              styled.push(`${address} ${value}`);
            },
          },
        },
      }),
      names: { add: () => undefined },
      charts: {
        add: (type: string) => {
          const record: (typeof charts)[number] = { type, series: [] };
          charts.push(record);
          return {
            title: {},
            axes: { categoryAxis: { title: {} } },
            series: {
              getItemAt: () => {
                const first: { name: string; setXAxisValues(): void } = { name: '', setXAxisValues: () => undefined };
                record.series.push(first);
                return first;
              },
              add: (name: string) => {
                const added = { name, setValues: () => undefined, setXAxisValues: () => undefined };
                record.series.push(added);
                return added;
              },
            },
            setPosition: (from: string, to: string) => (record.position = [from, to]),
          };
        },
      },
      activate: () => undefined,
    };
    const context = {
      workbook: { worksheets: { load: () => undefined, items: [], add: () => sheet } },
      sync: async () => undefined,
    };
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async (callback: (context: unknown) => Promise<unknown>) => callback(context),
      ChartType: { line: 'Line', columnStacked: 'ColumnStacked' },
      ChartSeriesBy: { columns: 'Columns' },
    };
    await new OfficeWorkbook().insertSheet(layout);
    expect(charts.map((chart) => chart.type)).toEqual(['Line', 'ColumnStacked']);
    expect(charts[1].series.map((series) => [series.name, series.chartType])).toEqual([
      ['People cost', undefined],
      ['Compute cost', undefined],
      ['Budget per month', 'Line'],
    ]);
    expect(charts[1].position).toEqual([
      layout.extraCharts![0].placement.topLeft,
      layout.extraCharts![0].placement.bottomRight,
    ]);
    // The workforce inputs continue the input column, so one input range covers them.
    expect(styled).toEqual([`${layout.inputRange} #FFF2CC`]);

    styled.length = 0;
    charts.length = 0;
    await new OfficeWorkbook().insertSheet({ ...layout, inputRange: undefined, extraCharts: undefined });
    expect(styled).toEqual([]);
    expect(charts.map((chart) => chart.type)).toEqual(['Line']);
  });
});
