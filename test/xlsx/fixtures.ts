import JSZip from 'jszip';
import { DYNAMIC_ARRAY_METADATA_TYPE, DYNAMIC_ARRAY_METADATA_XML } from '../../src/xlsx/dynamic-array';

/**
 * Builds small .xlsx files the way Excel writes them, part by part, so tests control every byte:
 * shared strings, shared and dynamic-array formulas with cached values, defined names, a chart.
 */

export interface FixtureCell {
  ref: string;
  /** A stored value (text goes to the shared string table). */
  value?: number | string | boolean;
  /** Formula text as saved, without `=`. */
  formula?: string;
  /** The cached value Excel saved with the formula (stale on purpose in tests). */
  cached?: number;
  /** An array formula's area; with `dynamic`, a spilled dynamic array (cm="1", as Excel 365 saves it). */
  array?: string;
  dynamic?: boolean;
  /** Shared formula group: the first cell carries `ref` and the text, the others only `si`. */
  shared?: { si: number; ref?: string };
  /** A What-If data table over this area, its input cell `r1` (the formula text is empty). */
  dataTable?: { ref: string; r1: string };
}

export interface FixtureSheet {
  name: string;
  cells: FixtureCell[];
  /** A line chart over this range (e.g. `Plan!$B$1:$B$24`), drawn on this sheet. */
  chartOf?: string;
  /** XML after sheetData, e.g. `<dataValidations …>`. */
  afterData?: string;
}

export interface FixtureBook {
  sheets: FixtureSheet[];
  names?: { name: string; formula: string; localSheetId?: number }[];
  /** Dates count from 1904 (`<workbookPr date1904="1"/>`). */
  date1904?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const rowOf = (ref: string) => Number(/\d+$/.exec(ref)?.[0]);
const colOf = (ref: string) =>
  [...(/^[A-Z]+/.exec(ref)?.[0] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function cellXml(cell: FixtureCell, strings: string[]): string {
  const { ref, value, formula } = cell;
  if (formula !== undefined) {
    const attributes = cell.array
      ? ` t="array" ref="${cell.array}"`
      : cell.dataTable
        ? ` t="dataTable" ref="${cell.dataTable.ref}" dt2D="0" dtr="0" r1="${cell.dataTable.r1}"`
        : cell.shared
          ? ` t="shared"${cell.shared.ref ? ` ref="${cell.shared.ref}"` : ''} si="${cell.shared.si}"`
          : '';
    const f = formula === '' ? `<f${attributes}/>` : `<f${attributes}>${escape(formula)}</f>`;
    const cached = cell.cached === undefined ? '' : `<v>${cell.cached}</v>`;
    return `<c r="${ref}"${cell.dynamic ? ' cm="1"' : ''}>${f}${cached}</c>`;
  }
  if (typeof value === 'string') {
    if (!strings.includes(value)) strings.push(value);
    return `<c r="${ref}" t="s"><v>${strings.indexOf(value)}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return value === undefined ? `<c r="${ref}" s="1"/>` : `<c r="${ref}"><v>${value}</v></c>`;
}

function sheetXml(sheet: FixtureSheet, strings: string[]): string {
  const byRow = new Map<number, FixtureCell[]>();
  for (const cell of sheet.cells) byRow.set(rowOf(cell.ref), [...(byRow.get(rowOf(cell.ref)) ?? []), cell]);
  const rows = [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => {
      const sorted = [...cells].sort((a, b) => colOf(a.ref) - colOf(b.ref));
      return `<row r="${row}">${sorted.map((cell) => cellXml(cell, strings)).join('')}</row>`;
    });
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>${rows.join('')}</sheetData>${sheet.afterData ?? ''}` +
    `${sheet.chartOf ? '<drawing r:id="rId1"/>' : ''}</worksheet>`
  );
}

const CHART_XML = (range: string) =>
  `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:plotArea><c:layout/>` +
  `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
  `<c:val><c:numRef><c:f>${range}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:lineChart>` +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const DRAWING_XML =
  `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor>` +
  '<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Run-rate"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/>` +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

export const CUSTOM_XML = `${XML_HEAD}<plan xmlns="urn:hc-planner:test"><owner>finance</owner></plan>`;

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>';

/** An .xlsx file as bytes. */
export async function buildXlsx(book: FixtureBook): Promise<Buffer> {
  const zip = new JSZip();
  const strings: string[] = [];
  const sheets = book.sheets.map((sheet) => sheetXml(sheet, strings));
  const charted = book.sheets.findIndex((sheet) => sheet.chartOf);
  const overrides = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ...sheets.map((_, i) => [
      `/xl/worksheets/sheet${i + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    ]),
    ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
    ['/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'],
    ['/xl/metadata.xml', DYNAMIC_ARRAY_METADATA_TYPE],
    ...(charted >= 0
      ? [
          ['/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
          ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
        ]
      : []),
  ];
  zip.file(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const names = (book.names ?? [])
    .map(
      ({ name, formula, localSheetId }) =>
        `<definedName name="${name}"${localSheetId === undefined ? '' : ` localSheetId="${localSheetId}"`}>${escape(formula)}</definedName>`,
    )
    .join('');
  zip.file(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><bookViews><workbookView/></bookViews><sheets>` +
      book.sheets
        .map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('') +
      `</sheets>${names ? `<definedNames>${names}</definedNames>` : ''}<calcPr calcId="191029"/></workbook>`,
  );
  const n = book.sheets.length;
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">` +
      book.sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId${n + 3}" Type="${REL}/sheetMetadata" Target="metadata.xml"/>` +
      `<Relationship Id="rId${n + 4}" Type="${REL}/customXml" Target="../customXml/item1.xml"/>` +
      '</Relationships>',
  );
  sheets.forEach((xml, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml));
  zip.file('xl/styles.xml', STYLES_XML);
  zip.file('xl/metadata.xml', DYNAMIC_ARRAY_METADATA_XML);
  zip.file('customXml/item1.xml', CUSTOM_XML);
  if (charted >= 0) {
    zip.file(
      `xl/worksheets/_rels/sheet${charted + 1}.xml.rels`,
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    );
    zip.file('xl/drawings/drawing1.xml', DRAWING_XML);
    zip.file(
      'xl/drawings/_rels/drawing1.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    );
    zip.file('xl/charts/chart1.xml', CHART_XML(book.sheets[charted].chartOf as string));
  }
  zip.file(
    'xl/sharedStrings.xml',
    `${XML_HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`).join('') +
      '</sst>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Every part of an .xlsx as text, by path. */
export async function xlsxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files).sort()) {
    if (!zip.files[path].dir) parts.set(path, await zip.files[path].async('string'));
  }
  return parts;
}
