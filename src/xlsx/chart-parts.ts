import type { ChartSpec } from '../taskpane/ports/workbook-port';
import { cellRef, parseAreaRef, sheetPrefix, type CellArea } from './cell-ref';
import { encodeXml } from './xml-text';

/**
 * The DrawingML parts of native charts (ChartSpec) on a worksheet: one drawing part holding an anchor
 * per chart, and one chart part per chart. Excel and LibreOffice both draw them from the cells they
 * reference, so the parts carry no cached points.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const CATEGORY_AXIS = 1001;
const VALUE_AXIS = 1002;

function area(range: string): CellArea {
  const found = parseAreaRef(range);
  if (!found) throw new Error(`a chart range is not an A1 range: ${range}`);
  return found;
}

/** The relationship id, in the drawing's part, of the chart at `index` in `drawingXml`'s list. */
export const chartRelationshipId = (index: number): string => `rId${index + 1}`;

/**
 * The drawing part for a sheet's charts: each anchored over its placement, both corner cells included
 * (as Excel's `setPosition(topLeft, bottomRight)` places it), and linked to its chart part by
 * `chartRelationshipId(index)`.
 */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const marker = (tag: 'from' | 'to', row: number, column: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map((chart, index) => {
    const from = area(chart.placement.topLeft);
    const to = area(chart.placement.bottomRight);
    return `<xdr:twoCellAnchor>${marker('from', from.top, from.left)}${marker('to', to.bottom + 1, to.right + 1)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${encodeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL}" r:id="${chartRelationshipId(index)}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`;
}

const richText = (text: string) =>
  `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${encodeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;

const axisIds = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;

/**
 * A native chart over the month column on `sheetName`. A line chart draws every series as a line; a
 * stacked column chart stacks its series as columns (`c:barChart`, grouping stacked, overlap 100) and
 * draws those marked `line` (a budget) as a `c:lineChart` over the same axes.
 */
export function chartXml(chart: ChartSpec, sheetName: string): string {
  const ref = (range: string) => {
    const { top, left, bottom, right } = area(range);
    const absolute = (row: number, col: number) => cellRef({ row, col }).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    return encodeXml(`${sheetPrefix(sheetName)}${absolute(top, left)}:${absolute(bottom, right)}`);
  };
  // Series indices run over the whole chart, columns first, so every series gets its own colour.
  const indexed = chart.series.map((series, index) => ({ ...series, index }));
  const stacked = chart.kind === 'stackedColumn';
  const columns = stacked ? indexed.filter((series) => !series.line) : [];
  const lines = stacked ? indexed.filter((series) => series.line) : indexed;
  const head = (series: (typeof indexed)[number]) =>
    `<c:idx val="${series.index}"/><c:order val="${series.index}"/><c:tx><c:v>${encodeXml(series.name)}</c:v></c:tx>`;
  const data = (series: (typeof indexed)[number]) =>
    `<c:cat><c:numRef><c:f>${ref(chart.categories)}</c:f></c:numRef></c:cat><c:val><c:numRef><c:f>${ref(series.values)}</c:f></c:numRef></c:val>`;
  const columnChart = columns.length
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${columns
        .map((series) => `<c:ser>${head(series)}<c:invertIfNegative val="0"/>${data(series)}</c:ser>`)
        .join('')}<c:gapWidth val="50"/><c:overlap val="100"/>${axisIds}</c:barChart>`
    : '';
  const lineChart = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines
        .map(
          (series) =>
            `<c:ser>${head(series)}<c:marker><c:symbol val="none"/></c:marker>${data(series)}<c:smooth val="0"/></c:ser>`,
        )
        .join('')}<c:marker val="1"/>${axisIds}</c:lineChart>`
    : '';
  const categoryAxis = `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:title>${richText('Month')}</c:title><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`;
  const valueAxis = `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="$#,##0" sourceLinked="0"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return `${XML_HEAD}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:roundedCorners val="0"/><c:chart><c:title>${richText(chart.title)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${columnChart}${lineChart}${categoryAxis}${valueAxis}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}
