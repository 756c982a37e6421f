import type { CellValue } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import JSZip from 'jszip';
import { spillExtent } from '../engine/spill-extent';
import { chartRelationshipId, chartXml, drawingXml } from '../xlsx/chart-parts';
import { DYNAMIC_ARRAY_METADATA_TYPE, DYNAMIC_ARRAY_METADATA_XML } from '../xlsx/dynamic-array';
import { encodeXml } from '../xlsx/xml-text';
import { parseRange, toAddress } from '../taskpane/model-sheet/a1';
import type { EmbeddedWorkbook } from '../taskpane/ports/embedded';
import { SCENARIO_NAMESPACE, type ChartSpec } from '../taskpane/ports/workbook-port';

/**
 * The embedded workbook as an .xlsx, written part by part with JSZip rather than with exceljs:
 * exceljs writes every defined name workbook-wide (the model's HC_ names are sheet-scoped), drops
 * custom XML parts (where the scenarios live) and cannot write charts; JSZip is already a dependency
 * and ~30 KB gzip against exceljs's ~250 KB. Every formula cell carries its value as last computed
 * (`<v>`), so the file shows numbers even where the HC add-in is not loaded.
 */
export async function exportXlsx(workbook: EmbeddedWorkbook): Promise<Blob> {
  const engine = workbook.engine;
  const sheetNames = engine.getSheetNames();
  const zip = new JSZip();
  const styles = new StyleTable();
  const drawings: { sheetIndex: number; sheetName: string; charts: readonly ChartSpec[] }[] = [];
  let dynamicArrays = false;

  sheetNames.forEach((sheetName, index) => {
    const layout = workbook.extras.sheetLayouts.get(sheetName);
    if (layout) drawings.push({ sheetIndex: index, sheetName, charts: [layout.chart, ...(layout.extraCharts ?? [])] });
    const sheetId = engine.getSheetId(sheetName)!;
    const formats = new Map<string, number>();
    for (const format of layout?.formats ?? []) {
      const { top, left, bottom, right } = parseRange(format.range);
      for (let row = top; row <= bottom; row++)
        for (let column = left; column <= right; column++)
          formats.set(toAddress(row, column), styles.numberFormat(format.format));
    }
    if (layout?.inputRange) {
      const { top, left, bottom, right } = parseRange(layout.inputRange);
      for (let row = top; row <= bottom; row++)
        for (let column = left; column <= right; column++) {
          const address = toAddress(row, column);
          formats.set(address, styles.input(formats.get(address)));
        }
    }
    const serialized = engine.getSheetSerialized(sheetId);
    const rows = serialized.map((cells, row) => {
      const xml = cells
        .map((content, column) => {
          const address = { sheet: sheetId, row, col: column };
          const style = formats.get(toAddress(row, column));
          const value = engine.getCellValue(address);
          if (!isFormula(content)) {
            // A cell a spill covers holds its value, as Excel saves it; the anchor's ref marks it as spilled.
            return engine.isCellPartOfArray(address)
              ? valueCellXml(toAddress(row, column), value, style)
              : cellXml(toAddress(row, column), content, style);
          }
          const extent = spillExtent(engine, address);
          const spill =
            extent && (extent.rows > 1 || extent.columns > 1)
              ? `${toAddress(row, column)}:${toAddress(row + extent.rows - 1, column + extent.columns - 1)}`
              : undefined;
          if (spill) dynamicArrays = true;
          return formulaCellXml(toAddress(row, column), content, value, style, spill);
        })
        .join('');
      return xml ? `<row r="${row + 1}">${xml}</row>` : '';
    });
    const drawing = layout ? `<drawing r:id="rId1"/>` : '';
    zip.file(
      `xl/worksheets/sheet${index + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><cols><col min="1" max="1" width="30" customWidth="1"/><col min="5" max="5" width="26" customWidth="1"/></cols><sheetData>${rows.join('')}</sheetData>${drawing}</worksheet>`,
    );
  });

  // One drawing per sheet with charts, holding an anchor per chart; chart parts are numbered across the workbook.
  let chartCount = 0;
  drawings.forEach(({ sheetIndex, sheetName, charts }, index) => {
    const n = index + 1;
    zip.file(
      `xl/worksheets/_rels/sheet${sheetIndex + 1}.xml.rels`,
      rels([[`rId1`, `${REL}/drawing`, `../drawings/drawing${n}.xml`]]),
    );
    zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(charts));
    const chartRels = charts.map((chart, chartIndex): [string, string, string] => {
      const part = `chart${++chartCount}.xml`;
      zip.file(`xl/charts/${part}`, chartXml(chart, sheetName));
      return [chartRelationshipId(chartIndex), `${REL}/chart`, `../charts/${part}`];
    });
    zip.file(`xl/drawings/_rels/drawing${n}.xml.rels`, rels(chartRels));
  });

  const names = engine
    .getAllNamedExpressionsSerialized()
    .filter((name) => !['TRUE', 'FALSE'].includes(name.name))
    .map((name) => {
      const scope = name.scope === undefined ? '' : ` localSheetId="${name.scope}"`;
      return `<definedName name="${encodeXml(name.name)}"${scope}>${encodeXml(String(name.expression).replace(/^=/, ''))}</definedName>`;
    });

  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetNames
      .map((name, index) => `<sheet name="${encodeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
      .join(
        '',
      )}</sheets>${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="191029"/></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels([
      ...sheetNames.map((_, index): [string, string, string] => [
        `rId${index + 1}`,
        `${REL}/worksheet`,
        `worksheets/sheet${index + 1}.xml`,
      ]),
      [`rId${sheetNames.length + 1}`, `${REL}/styles`, 'styles.xml'],
      ...(dynamicArrays
        ? [[`rId${sheetNames.length + 3}`, `${REL}/sheetMetadata`, 'metadata.xml'] as [string, string, string]]
        : []),
    ]),
  );
  zip.file('xl/styles.xml', styles.xml());
  if (dynamicArrays) zip.file('xl/metadata.xml', DYNAMIC_ARRAY_METADATA_XML);

  const scenarioXml = workbook.extras.scenarioXml;
  if (scenarioXml !== undefined) {
    // A custom XML part hangs off the workbook part; its properties part names the namespace Excel finds it by.
    zip.file('customXml/item1.xml', scenarioXml);
    zip.file(
      'customXml/itemProps1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6E1F6B1C-2D0B-4E8F-9C53-48C0A7A1C001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SCENARIO_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    zip.file('customXml/_rels/item1.xml.rels', rels([['rId1', `${REL}/customXmlProps`, 'itemProps1.xml']]));
    const workbookRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      workbookRels.replace(
        '</Relationships>',
        `<Relationship Id="rId${sheetNames.length + 2}" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`,
      ),
    );
  }

  zip.file('_rels/.rels', rels([['rId1', `${REL}/officeDocument`, 'xl/workbook.xml']]));
  zip.file(
    '[Content_Types].xml',
    contentTypes(sheetNames.length, drawings.length, chartCount, scenarioXml !== undefined, dynamicArrays),
  );
  return zip.generateAsync({ type: 'blob', mimeType: XLSX_MIME, compression: 'DEFLATE' });
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Excel saves an add-in's custom function as `_xldudf_<NAMESPACE>_<ID>`; it reads the same spelling
 * back (src/engine/formula-names.ts turns it into `HC.X` again when the file is reopened here).
 */
const fileFormula = (formula: string) =>
  encodeXml(formula.replace(/^=/, '').replace(/\bHC\.(?=[A-Z_]+\()/gi, '_xldudf_HC_'));

const isFormula = (content: unknown): content is string => typeof content === 'string' && content.startsWith('=');

/** The `t` attribute and `<v>` of a computed value. */
function valueParts(value: CellValue): { type: string; v: string } {
  if (value instanceof DetailedCellError) return { type: ' t="e"', v: encodeXml(value.value) };
  if (typeof value === 'number') return { type: '', v: String(value) };
  if (typeof value === 'boolean') return { type: ' t="b"', v: value ? '1' : '0' };
  return { type: ' t="str"', v: encodeXml(String(value ?? '')) };
}

/**
 * A formula with its value as last computed. A spill (`spill`: its area) is written as Excel 365 saves
 * one: an array formula over the area whose cell carries the dynamic-array metadata (`cm="1"`).
 */
function formulaCellXml(
  address: string,
  content: string,
  value: CellValue,
  style: number | undefined,
  spill: string | undefined,
): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  const { type, v } = valueParts(value);
  const formula = spill ? `<f t="array" ref="${spill}">${fileFormula(content)}</f>` : `<f>${fileFormula(content)}</f>`;
  return `<c r="${address}"${s}${type}${spill ? ' cm="1"' : ''}>${formula}<v>${v}</v></c>`;
}

/** A value a spill put in a cell (no formula of its own). */
function valueCellXml(address: string, value: CellValue, style: number | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (value === null || value === undefined) return style === undefined ? '' : `<c r="${address}"${s}/>`;
  if (typeof value === 'string') return inlineStringXml(address, s, value);
  const { type, v } = valueParts(value);
  return `<c r="${address}"${s}${type}><v>${v}</v></c>`;
}

const inlineStringXml = (address: string, s: string, text: string) =>
  `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${encodeXml(text)}</t></is></c>`;

/** A stored value. */
function cellXml(address: string, content: unknown, style: number | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (content === null || content === undefined || content === '')
    return style === undefined ? '' : `<c r="${address}"${s}/>`;
  if (typeof content === 'number') return `<c r="${address}"${s}><v>${content}</v></c>`;
  if (typeof content === 'boolean') return `<c r="${address}"${s} t="b"><v>${content ? 1 : 0}</v></c>`;
  return inlineStringXml(address, s, String(content).replace(/^'/, ''));
}

const rels = (entries: readonly [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

function contentTypes(
  sheets: number,
  drawings: number,
  charts: number,
  customXml: boolean,
  dynamicArrays: boolean,
): string {
  const overrides = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
    ...Array.from({ length: sheets }, (_, index) => [
      `/xl/worksheets/sheet${index + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    ]),
    ...Array.from({ length: drawings }, (_, index) => [
      `/xl/drawings/drawing${index + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.drawing+xml',
    ]),
    ...Array.from({ length: charts }, (_, index) => [
      `/xl/charts/chart${index + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    ]),
    ...(customXml
      ? [['/customXml/itemProps1.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml']]
      : []),
    ...(dynamicArrays ? [['/xl/metadata.xml', DYNAMIC_ARRAY_METADATA_TYPE]] : []),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('')}</Types>`;
}

/** Cell styles: number formats (custom ids from 164) and the input look (blue text, pale fill). */
class StyleTable {
  private readonly formats: string[] = [];
  private readonly xfs: { numFmtId: number; input: boolean }[] = [{ numFmtId: 0, input: false }];

  numberFormat(code: string): number {
    let index = this.formats.indexOf(code);
    if (index < 0) index = this.formats.push(code) - 1;
    return this.xf(164 + index, false);
  }

  input(style: number | undefined): number {
    return this.xf(style === undefined ? 0 : this.xfs[style].numFmtId, true);
  }

  private xf(numFmtId: number, input: boolean): number {
    const found = this.xfs.findIndex((xf) => xf.numFmtId === numFmtId && xf.input === input);
    return found >= 0 ? found : this.xfs.push({ numFmtId, input }) - 1;
  }

  xml(): string {
    const numFmts = this.formats
      .map((code, index) => `<numFmt numFmtId="${164 + index}" formatCode="${encodeXml(code)}"/>`)
      .join('');
    const xfs = this.xfs
      .map(
        ({ numFmtId, input }) =>
          `<xf numFmtId="${numFmtId}" fontId="${input ? 1 : 0}" fillId="${input ? 2 : 0}" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''}${input ? ' applyFont="1" applyFill="1"' : ''}/>`,
      )
      .join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}">${numFmts ? `<numFmts count="${this.formats.length}">${numFmts}</numFmts>` : ''}<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><sz val="11"/><color rgb="FF0000FF"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.xfs.length}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}
