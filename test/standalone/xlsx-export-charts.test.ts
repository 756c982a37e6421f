import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { exportXlsx } from '../../src/standalone/xlsx-export';
import { parseRange } from '../../src/taskpane/model-sheet/a1';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import { DEFAULT_INPUTS, type PlannerInputs } from '../../src/taskpane/planner/inputs';
import { EmbeddedWorkbook } from '../../src/taskpane/ports/embedded';
import { findSoffice, INSTALL_HINT, libreOfficeCopies } from '../share/libreoffice';

// Read with an XML parser independent of src/xlsx; prefixes dropped, so LibreOffice's re-saved parts read alike.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    ['twoCellAnchor', 'Relationship', 'Override', 'ser', 'axId', 'barChart', 'lineChart'].includes(name),
});

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const inputs: PlannerInputs = { ...DEFAULT_INPUTS, horizonMonths: 24 };
const plan = { startHeads: 12, hiresPerMonth: 2, annualAttrition: 0.12, rampMonths: 3, oneTimePerHire: 15000 };
const layout = modelSheetLayout(inputs, 'Base', plan);
const [workforceChart] = layout.extraCharts!;

async function exported(...sheets: Parameters<typeof modelSheetLayout>[]): Promise<JSZip> {
  const workbook = EmbeddedWorkbook.create();
  for (const args of sheets) await workbook.insertSheet(modelSheetLayout(...args));
  return JSZip.loadAsync(await (await exportXlsx(workbook)).arrayBuffer());
}

async function part(zip: JSZip, path: string): Promise<Node> {
  const file = zip.file(path);
  if (!file) throw new Error(`the package has no ${path}`);
  return parser.parse(await file.async('string'));
}

/** A drawing's relationships: id → target. */
async function relationships(zip: JSZip, path: string): Promise<Map<string, string>> {
  const rels = (await part(zip, path)).Relationships.Relationship as Node[];
  return new Map(rels.map((rel) => [rel.Id, rel.Target]));
}

/** The corners of an anchor as [column, row] pairs (0-based; `to` is the cell just past the chart). */
const corners = (anchor: Node) =>
  [anchor.from, anchor.to].map((marker: Node) => [Number(marker.col), Number(marker.row)]);

const seriesOf = (group: Node | undefined) =>
  ((group?.ser ?? []) as Node[]).map((ser) => ({ name: ser.tx.v ?? ser.tx.strRef?.f, values: ser.val.numRef.f }));

/** "H4:P22" on the sheet → "'HC Model'!$H$4:$P$22". */
const absolute = (range: string) => `'HC Model'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;

describe('the exported model sheet with the workforce plan has both its charts', () => {
  test('one drawing on the sheet, an anchor per chart at its placement, a chart part per chart', async () => {
    const zip = await exported([inputs, 'Base', plan]);
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toContain('<drawing r:id="rId1"/>');
    expect(await relationships(zip, 'xl/worksheets/_rels/sheet2.xml.rels')).toEqual(
      new Map([['rId1', '../drawings/drawing1.xml']]),
    );
    const anchors = (await part(zip, 'xl/drawings/drawing1.xml')).wsDr.twoCellAnchor as Node[];
    expect(anchors).toHaveLength(2);
    // H4:P22, both corner cells covered: from column H (7) row 4 (3) to just past column P (15) row 22 (21).
    expect(corners(anchors[0])).toEqual([
      [7, 3],
      [16, 22],
    ]);
    const from = parseRange(workforceChart.placement.topLeft);
    const to = parseRange(workforceChart.placement.bottomRight);
    expect(corners(anchors[1])).toEqual([
      [from.left, from.top],
      [to.right + 1, to.bottom + 1],
    ]);
    expect(anchors[1].graphicFrame.nvGraphicFramePr.cNvPr.name).toBe(
      'People vs compute cost per month, and the budget',
    );
    // Distinct shape ids within the drawing; each anchor names its own chart part.
    expect(anchors.map((anchor) => anchor.graphicFrame.nvGraphicFramePr.cNvPr.id)).toEqual(['2', '3']);
    const chartIds = anchors.map((anchor) => anchor.graphicFrame.graphic.graphicData.chart.id);
    const rels = await relationships(zip, 'xl/drawings/_rels/drawing1.xml.rels');
    expect(chartIds.map((id) => rels.get(id))).toEqual(['../charts/chart1.xml', '../charts/chart2.xml']);

    const overrides = ((await part(zip, '[Content_Types].xml')).Types.Override as Node[])
      .filter((override) => /drawing|chart/.test(override.PartName))
      .map((override) => [override.PartName, override.ContentType]);
    expect(overrides).toEqual([
      ['/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
      ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
      ['/xl/charts/chart2.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
    ]);
    expect(zip.file('xl/charts/chart3.xml')).toBeNull();
  });

  test('the workforce chart: people and compute as stacked columns, the budget as a line on the same axes', async () => {
    const zip = await exported([inputs, 'Base', plan]);
    const plot = (await part(zip, 'xl/charts/chart2.xml')).chartSpace.chart.plotArea;
    expect(plot.barChart).toHaveLength(1);
    const [bars] = plot.barChart as Node[];
    expect([bars.barDir.val, bars.grouping.val, bars.overlap.val]).toEqual(['col', 'stacked', '100']);
    const [people, compute, budget] = workforceChart.series;
    expect(seriesOf(bars)).toEqual([
      { name: 'People cost', values: absolute(people.values) },
      { name: 'Compute cost', values: absolute(compute.values) },
    ]);
    const [line] = plot.lineChart as Node[];
    expect(seriesOf(line)).toEqual([{ name: 'Budget per month', values: absolute(budget.values) }]);
    // Months 1–24 as categories of every series; both groups on the one pair of axes.
    for (const ser of [...bars.ser, ...line.ser] as Node[])
      expect(ser.cat.numRef.f).toBe(absolute(workforceChart.categories));
    expect(parseRange(workforceChart.categories).bottom - parseRange(workforceChart.categories).top).toBe(23);
    const axes = (group: Node) => group.axId.map((axis: Node) => axis.val);
    expect(axes(bars)).toEqual([plot.catAx.axId[0].val, plot.valAx.axId[0].val]);
    expect(axes(line)).toEqual(axes(bars));
    // Series indices are unique across the chart, so each series gets its own colour.
    expect([...bars.ser, ...line.ser].map((ser: Node) => ser.idx.val)).toEqual(['0', '1', '2']);
  });

  test('the first chart stays the line chart of compute per head vs salary', async () => {
    const zip = await exported([inputs, 'Base', plan]);
    const chart = (await part(zip, 'xl/charts/chart1.xml')).chartSpace.chart;
    expect(chart.title.tx.rich.p.r.t).toBe('Compute per head vs salary');
    expect(chart.plotArea.barChart).toBeUndefined();
    expect(seriesOf(chart.plotArea.lineChart[0])).toEqual([
      { name: 'Compute per head', values: absolute(layout.chart.series[0].values) },
      { name: 'Salary', values: absolute(layout.chart.series[1].values) },
    ]);
  });

  test('two model sheets: a drawing each, chart parts numbered across the workbook', async () => {
    const zip = await exported([inputs, 'Base', plan], [inputs, 'Lines only']);
    expect(await relationships(zip, 'xl/worksheets/_rels/sheet3.xml.rels')).toEqual(
      new Map([['rId1', '../drawings/drawing2.xml']]),
    );
    expect(await relationships(zip, 'xl/drawings/_rels/drawing2.xml.rels')).toEqual(
      new Map([['rId1', '../charts/chart3.xml']]),
    );
    expect((await part(zip, 'xl/drawings/drawing2.xml')).wsDr.twoCellAnchor).toHaveLength(1);
    const chart3 = (await part(zip, 'xl/charts/chart3.xml')).chartSpace.chart.plotArea;
    const linesOnly = modelSheetLayout(inputs, 'Lines only');
    expect(linesOnly.extraCharts).toEqual([]);
    expect(seriesOf(chart3.lineChart[0])[0].values).toBe(
      `'HC Model (2)'!${linesOnly.chart.series[0].values.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`,
    );
    expect(zip.file('xl/charts/chart4.xml')).toBeNull();
  });
});

const soffice = findSoffice();
if (!soffice && process.env.CI !== 'true')
  console.warn(`LibreOffice (soffice) is not installed: opening the export in LibreOffice is SKIPPED. ${INSTALL_HINT}`);

(soffice || process.env.CI === 'true' ? describe : describe.skip)('LibreOffice opens the export', () => {
  jest.setTimeout(180_000);

  test('and keeps both charts: the stacked people/compute columns with the budget line, and the line chart', async () => {
    const zip = await exported([inputs, 'Base', plan]);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    // LibreOffice re-saves what it read: the charts come back only if it understood them.
    const copy = await JSZip.loadAsync(libreOfficeCopies(soffice!, [{ name: 'workforce', bytes }]).get('workforce')!);
    const charts = await Promise.all(
      Object.keys(copy.files)
        .filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path))
        .sort()
        .map(async (path) => (await part(copy, path)).chartSpace.chart.plotArea as Node),
    );
    expect(charts).toHaveLength(2);
    const stacked = charts.find((plot) => plot.barChart)!;
    const [bars] = stacked.barChart as Node[];
    expect([bars.barDir.val, bars.grouping.val]).toEqual(['col', 'stacked']);
    expect(seriesOf(bars).map((series) => series.values)).toEqual(
      workforceChart.series.filter((series) => !series.line).map((series) => absolute(series.values)),
    );
    expect(seriesOf(stacked.lineChart[0]).map((series) => series.values)).toEqual([
      absolute(workforceChart.series[2].values),
    ]);
    const lines = charts.find((plot) => !plot.barChart)!;
    expect(seriesOf(lines.lineChart[0]).map((series) => series.values)).toEqual(
      layout.chart.series.map((series) => absolute(series.values)),
    );
    // And both on the model sheet, in one drawing.
    const sheetRels = (await part(copy, 'xl/worksheets/_rels/sheet2.xml.rels')).Relationships.Relationship as Node[];
    const drawing = sheetRels.find((rel) => /drawing/.test(rel.Type))!;
    const anchors = (await part(copy, `xl/${drawing.Target.replace(/^\.\.\//, '')}`)).wsDr.twoCellAnchor as Node[];
    expect(anchors).toHaveLength(2);
  });
});
