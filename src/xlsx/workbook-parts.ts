import { XMLParser } from 'fast-xml-parser';
import type JSZip from 'jszip';
import { WorkbookFileError } from './package';
import { relationshipsPart, resolveTarget } from './part-path';
import { stringItemText } from './sheet-scan';

/** A sheet in workbook order; `path` is its worksheet part, absent for chart and macro sheets. */
export interface SheetEntry {
  name: string;
  path?: string;
}

/** A defined name; `localSheetId` is an index into the workbook's sheets when the name is sheet-scoped. */
export interface DefinedName {
  name: string;
  formula: string;
  localSheetId?: number;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  names: DefinedName[];
  /** Dates count from 1904-01-01 rather than 1900-01-01. */
  date1904: boolean;
  sharedStrings: string[];
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (name) => ['sheet', 'definedName', 'Relationship'].includes(name),
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

type XmlNode = Record<string, unknown>;
type Relationship = { Id: string; Type: string; Target: string; TargetMode?: string };

async function readPart(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** The relationships of a part, by id, with targets resolved to part paths. */
async function relationships(zip: JSZip, partPath: string): Promise<Map<string, Relationship>> {
  const xml = await readPart(zip, relationshipsPart(partPath));
  const list = ((xml && (parser.parse(xml) as XmlNode).Relationships) as XmlNode | undefined)?.Relationship as
    Relationship[] | undefined;
  return new Map(
    (list ?? []).map((rel) => [
      rel.Id,
      { ...rel, Target: rel.TargetMode === 'External' ? rel.Target : resolveTarget(partPath, rel.Target) },
    ]),
  );
}

const isType = (rel: Relationship | undefined, type: string) => rel?.Type.endsWith(`/${type}`) ?? false;

async function readSharedStrings(zip: JSZip, path: string | undefined): Promise<string[]> {
  const xml = path === undefined ? undefined : await readPart(zip, path);
  if (!xml) return [];
  const prefix = /<(\w+:)?sst\b/.exec(xml)?.[1] ?? '';
  return [...xml.matchAll(new RegExp(`<${prefix}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}si>)`, 'g'))].map(([, item]) =>
    stringItemText(item ?? '', prefix),
  );
}

/** Path of the workbook part, from the package's relationships. */
export async function workbookPath(zip: JSZip, name: string): Promise<string> {
  const main = [...(await relationships(zip, '')).values()].find((rel) => rel.Type === `${RELATIONSHIP}officeDocument`);
  const path = main?.Target ?? 'xl/workbook.xml';
  if (path.endsWith('.bin')) throw new WorkbookFileError(`${name} is a binary workbook (.xlsb), not .xlsx`);
  if (!zip.file(path)) throw new WorkbookFileError(`${name} is not an .xlsx workbook (it has no ${path})`);
  return path;
}

/** Sheets, defined names, date system and shared strings of the workbook. */
export async function readWorkbookParts(zip: JSZip, path: string): Promise<WorkbookParts> {
  const workbook = (parser.parse((await readPart(zip, path)) as string) as XmlNode).workbook as XmlNode;
  const rels = await relationships(zip, path);
  const sheetNodes = ((workbook.sheets as XmlNode | undefined)?.sheet ?? []) as XmlNode[];
  const sheets = sheetNodes.map((sheet): SheetEntry => {
    const rel = rels.get(String(sheet.id));
    return { name: String(sheet.name), path: isType(rel, 'worksheet') ? rel?.Target : undefined };
  });
  const nameNodes = ((workbook.definedNames as XmlNode | undefined)?.definedName ?? []) as XmlNode[];
  const names = nameNodes.map((node) => ({
    name: String(node.name),
    formula: String(node['#text'] ?? ''),
    localSheetId: node.localSheetId === undefined ? undefined : Number(node.localSheetId),
  }));
  const date1904 = ['1', 'true'].includes(String((workbook.workbookPr as XmlNode | undefined)?.date1904 ?? ''));
  const stringsRel = [...rels.values()].find((rel) => isType(rel, 'sharedStrings'));
  return { sheets, names, date1904, sharedStrings: await readSharedStrings(zip, stringsRel?.Target) };
}
