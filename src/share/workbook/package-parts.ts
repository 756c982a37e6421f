import type JSZip from 'jszip';
import { inFolder, partFolder, relationshipsPart, relativeTarget } from '../../xlsx/part-path';
import { encodeXml } from '../../xlsx/xml-text';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = '[Content_Types].xml';
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** The first `<dir>/<stem>N.xml` the package does not have. */
export function freePartPath(zip: JSZip, dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = inFolder(dir, `${stem}${n}.xml`);
    if (!zip.file(path)) return path;
  }
}

/** Declares a new part's content type in [Content_Types].xml. */
export async function addContentType(zip: JSZip, part: string, type: string): Promise<void> {
  const types = (await text(zip, CONTENT_TYPES)) ?? '';
  const prefix = /<(\w+:)?Types\b/.exec(types)?.[1] ?? '';
  zip.file(
    CONTENT_TYPES,
    types.replace(
      `</${prefix}Types>`,
      `<${prefix}Override PartName="/${part}" ContentType="${type}"/></${prefix}Types>`,
    ),
  );
}

/**
 * Adds a relationship from `source` to `target` (both part paths) and returns its id, which is new:
 * `rId` followed by one more than the highest number in use.
 */
export async function addRelationship(zip: JSZip, source: string, type: string, target: string): Promise<string> {
  const path = relationshipsPart(source);
  const existing =
    (await text(zip, path)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}"></Relationships>`;
  const prefix = /<(\w+:)?Relationships\b/.exec(existing)?.[1] ?? '';
  const used = [...existing.matchAll(/\bId="rId(\d+)"/g)].map(([, n]) => Number(n));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const relative = relativeTarget(source, target);
  zip.file(
    path,
    existing.replace(
      `</${prefix}Relationships>`,
      `<${prefix}Relationship Id="${id}" Type="${REL}/${type}" Target="${encodeXml(relative)}"/></${prefix}Relationships>`,
    ),
  );
  return id;
}

/**
 * Appends a worksheet to the workbook: its part, content type, relationship and `<sheet>` entry
 * (a new sheetId). Appended last so that sheet indices (`localSheetId` of defined names) keep meaning.
 */
export async function appendWorksheet(zip: JSZip, workbookPath: string, name: string, xml: string): Promise<string> {
  const part = freePartPath(zip, inFolder(partFolder(workbookPath), 'worksheets'), 'sheet');
  zip.file(part, xml);
  await addContentType(zip, part, CONTENT_TYPE.worksheet);
  const id = await addRelationship(zip, workbookPath, 'worksheet', part);
  const workbook = (await text(zip, workbookPath)) as string;
  const prefix = /<(\w+:)?workbook\b/.exec(workbook)?.[1] ?? '';
  const relPrefix =
    new RegExp(`xmlns:(\\w+)="${REL.replace(/[/.]/g, '\\$&')}"`).exec(workbook)?.[1] ??
    (() => {
      throw new Error('the workbook part declares no relationships namespace');
    })();
  const sheetIds = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\ssheetId="(\d+)"/g)].map(([, n]) => Number(n));
  const entry = `<${prefix}sheet name="${encodeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${relPrefix}:id="${id}"/>`;
  zip.file(workbookPath, workbook.replace(`</${prefix}sheets>`, `${entry}</${prefix}sheets>`));
  return part;
}

/** Links a drawing holding one chart to a worksheet; returns the worksheet's relationship id for `<drawing r:id>`. */
export async function addChart(
  zip: JSZip,
  worksheetPart: string,
  drawingXml: string,
  chartXml: string,
): Promise<string> {
  const base = partFolder(partFolder(worksheetPart));
  const drawing = freePartPath(zip, inFolder(base, 'drawings'), 'drawing');
  const chart = freePartPath(zip, inFolder(base, 'charts'), 'chart');
  zip.file(drawing, drawingXml);
  zip.file(chart, chartXml);
  await addContentType(zip, drawing, CONTENT_TYPE.drawing);
  await addContentType(zip, chart, CONTENT_TYPE.chart);
  const chartId = await addRelationship(zip, drawing, 'chart', chart);
  if (chartId !== 'rId1') throw new Error(`a new drawing part got chart relationship ${chartId}`);
  return addRelationship(zip, worksheetPart, 'drawing', drawing);
}
