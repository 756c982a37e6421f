import * as fs from 'node:fs';
import * as path from 'node:path';
import { readPngSize } from './png';
import { childAt, childrenNamed, localName, parseXml, walk, XmlElement } from './xml';

/**
 * Offline checks of an add-in only (XML) manifest. Microsoft's validator needs its online service and no current
 * XML schema ships on npm, so these are the rules this add-in depends on, checked on the parsed XML.
 */
export type Rule =
  | 'well-formed'
  | 'id-guid'
  | 'version-format'
  | 'resid-undefined'
  | 'resid-unused'
  | 'resid-duplicate'
  | 'resid-kind'
  | 'shared-runtime-requirement'
  | 'runtimes-position'
  | 'runtime-lifetime'
  | 'shared-runtime-resid'
  | 'custom-functions'
  | 'source-location'
  | 'icon-missing'
  | 'icon-size'
  | 'string-length'
  | 'https-only'
  | 'no-localhost'
  | 'file-missing';

export interface Problem {
  rule: Rule;
  message: string;
}

export interface CheckOptions {
  /** The folder the add-in's base URL maps to: the repo root for manifest.xml (assets/ is there), dist/ for a build. */
  baseDir: string;
  /** A manifest to deploy: no localhost anywhere, and every URL under the base URL is a file in `baseDir`. */
  production: boolean;
}

/** The namespace the HC functions are typed with (`=HC.TOKENSHARE`). */
export const FUNCTIONS_NAMESPACE = 'HC';

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
interface Resource {
  kind: ResourceKind;
  value: string;
}

/** Maximum lengths from the manifest schema (ShortString, LongString, resid, URL). */
const MAX_LENGTH: Record<ResourceKind, number> = { Images: 2048, Urls: 2048, ShortStrings: 125, LongStrings: 250 };
const MAX_RESID_LENGTH = 32;

/** What kind of resource an element's `resid` must point to. */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  Runtime: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/;

const xsiType = (element: XmlElement): string | undefined => element.attributes['xsi:type'];

/** A DefaultValue and its locale Override values. */
const localizedValues = (element: XmlElement): string[] => [
  element.attributes.DefaultValue ?? '',
  ...childrenNamed(element, 'Override').map((override) => override.attributes.Value ?? ''),
];

export function checkManifest(xml: string, options: CheckOptions): Problem[] {
  const root = parseXml(xml);
  if (typeof root === 'string') return [{ rule: 'well-formed', message: `not well-formed XML: ${root}` }];
  if (localName(root) !== 'OfficeApp') {
    return [{ rule: 'well-formed', message: `the root element is <${root.name}>, not <OfficeApp>` }];
  }
  const problems: Problem[] = [];
  const report = (rule: Rule, message: string) => problems.push({ rule, message });

  checkIdentity(root, report);
  const resources = checkResources(root, report);
  checkSharedRuntime(root, report);
  checkCustomFunctions(root, resources, report);
  checkStringLengths(root, resources, report);
  const base = checkUrls(root, xml, options, report);
  if (base) checkIcons(root, base, options.baseDir, report);
  return problems;
}

type Report = (rule: Rule, message: string) => void;

function checkIdentity(root: XmlElement, report: Report): void {
  const id = childAt(root, 'Id')?.text ?? '';
  if (!GUID.test(id)) report('id-guid', `<Id> must be a GUID, found "${id}"`);
  const version = childAt(root, 'Version')?.text ?? '';
  if (!VERSION.test(version)) report('version-format', `<Version> must be n.n.n.n (e.g. 1.0.0.0), found "${version}"`);
}

/** Every resid used is defined with the right kind, every one defined is used; returns the definitions. */
function checkResources(root: XmlElement, report: Report): Map<string, Resource> {
  const overrides = childAt(root, 'VersionOverrides');
  const resources = new Map<string, Resource>();
  for (const kind of Object.keys(MAX_LENGTH) as ResourceKind[]) {
    for (const definition of childAt(overrides, 'Resources', kind)?.children ?? []) {
      const id = definition.attributes.id ?? '';
      if (resources.has(id)) report('resid-duplicate', `resource id "${id}" is defined more than once`);
      resources.set(id, { kind, value: definition.attributes.DefaultValue ?? '' });
    }
  }
  const used = new Set<string>();
  const references = overrides ? [...walk(overrides)].filter((element) => element.attributes.resid !== undefined) : [];
  for (const element of references) {
    const resid = element.attributes.resid;
    used.add(resid);
    const resource = resources.get(resid);
    const expected = RESID_KIND[localName(element)];
    if (!resource) report('resid-undefined', `<${element.name} resid="${resid}"> refers to an undefined resource`);
    else if (expected && resource.kind !== expected) {
      report(
        'resid-kind',
        `<${element.name} resid="${resid}"> needs a bt:${expected} entry, found bt:${resource.kind}`,
      );
    }
  }
  for (const id of resources.keys()) {
    if (!used.has(id)) report('resid-unused', `resource "${id}" is defined but never used`);
  }
  return resources;
}

/** The rules without which Excel silently starts separate runtimes (or none). */
function checkSharedRuntime(root: XmlElement, report: Report): void {
  const sets = childAt(root, 'Requirements', 'Sets');
  const sharedRuntime = childrenNamed(sets, 'Set').find((set) => set.attributes.Name === 'SharedRuntime');
  const minVersion = sharedRuntime?.attributes.MinVersion ?? sets?.attributes.DefaultMinVersion;
  if (!sharedRuntime || minVersion !== '1.1') {
    report('shared-runtime-requirement', '<Requirements> must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }
  for (const host of childrenNamed(childAt(root, 'VersionOverrides', 'Hosts'), 'Host')) {
    const hostName = `<Host xsi:type="${xsiType(host)}">`;
    const first = host.children[0];
    if (!first || localName(first) !== 'Runtimes') {
      report('runtimes-position', `<Runtimes> must be the first element in ${hostName}`);
    }
    const runtimes = childrenNamed(childAt(host, 'Runtimes'), 'Runtime');
    for (const runtime of runtimes) {
      if (runtime.attributes.lifetime !== 'long') {
        report('runtime-lifetime', `<Runtime resid="${runtime.attributes.resid}"> must have lifetime="long"`);
      }
    }
    const users: [string, string | undefined][] = [
      ...runtimes.map((runtime): [string, string | undefined] => ['Runtime', runtime.attributes.resid]),
      ...[...walk(host)].flatMap((element): [string, string | undefined][] => {
        if (localName(element) === 'FunctionFile') return [['FunctionFile', element.attributes.resid]];
        if (localName(element) === 'ExtensionPoint' && xsiType(element) === 'CustomFunctions') {
          return [['CustomFunctions Page', childAt(element, 'Page', 'SourceLocation')?.attributes.resid]];
        }
        if (localName(element) === 'Action' && xsiType(element) === 'ShowTaskpane') {
          return [['ShowTaskpane action', childAt(element, 'SourceLocation')?.attributes.resid]];
        }
        return [];
      }),
    ];
    if (new Set(users.map(([, resid]) => resid)).size > 1) {
      const list = users.map(([where, resid]) => `${where} → ${resid ?? '(none)'}`).join(', ');
      report(
        'shared-runtime-resid',
        `${hostName}: Runtime, Page, FunctionFile and ShowTaskpane need one resid: ${list}`,
      );
    }
  }
}

function checkCustomFunctions(root: XmlElement, resources: Map<string, Resource>, report: Report): void {
  const hosts = childrenNamed(childAt(root, 'VersionOverrides', 'Hosts'), 'Host');
  const point = hosts
    .flatMap((host) => [...walk(host)])
    .find((element) => localName(element) === 'ExtensionPoint' && xsiType(element) === 'CustomFunctions');
  if (!point) {
    report('custom-functions', 'no <ExtensionPoint xsi:type="CustomFunctions">');
    return;
  }
  for (const part of ['Script', 'Page', 'Metadata']) {
    if (!childAt(point, part, 'SourceLocation')?.attributes.resid) {
      report('custom-functions', `the CustomFunctions extension point needs <${part}><SourceLocation resid="…"/>`);
    }
  }
  const namespaceResid = childAt(point, 'Namespace')?.attributes.resid ?? '';
  const namespace = resources.get(namespaceResid)?.value;
  if (namespace !== FUNCTIONS_NAMESPACE) {
    report('custom-functions', `the functions namespace must be "${FUNCTIONS_NAMESPACE}", found "${namespace ?? ''}"`);
  }
}

function checkStringLengths(root: XmlElement, resources: Map<string, Resource>, report: Report): void {
  const limited: [string, string[], number][] = [
    ['<DisplayName>', localizedValues(childAt(root, 'DisplayName') ?? emptyElement), MAX_LENGTH.ShortStrings],
    ['<Description>', localizedValues(childAt(root, 'Description') ?? emptyElement), MAX_LENGTH.LongStrings],
  ];
  for (const kind of Object.keys(MAX_LENGTH) as ResourceKind[]) {
    for (const element of childAt(root, 'VersionOverrides', 'Resources', kind)?.children ?? []) {
      limited.push([`bt:${kind} "${element.attributes.id}"`, localizedValues(element), MAX_LENGTH[kind]]);
    }
  }
  for (const [what, values, max] of limited) {
    for (const value of values) {
      if (value.length < 1 || value.length > max) {
        report('string-length', `${what} must be 1–${max} characters, found ${value.length}`);
      }
    }
  }
  for (const id of resources.keys()) {
    if (id.length < 1 || id.length > MAX_RESID_LENGTH) {
      report('string-length', `resource id "${id}" must be 1–${MAX_RESID_LENGTH} characters`);
    }
  }
}

const emptyElement: XmlElement = { name: '', attributes: {}, children: [], text: '' };

/** The add-in's base URL: the folder of <DefaultSettings><SourceLocation>. */
function baseUrlOf(root: XmlElement): URL | undefined {
  const sourceLocation = childAt(root, 'DefaultSettings', 'SourceLocation')?.attributes.DefaultValue;
  if (!URL.canParse(sourceLocation ?? '')) return undefined;
  return new URL('.', sourceLocation);
}

/** The file a URL under the base URL maps to, or undefined for a URL elsewhere. */
function fileOf(url: string, base: URL, baseDir: string): string | undefined {
  if (!url.startsWith(base.href)) return undefined;
  return path.join(baseDir, ...decodeURIComponent(new URL(url).pathname.slice(base.pathname.length)).split('/'));
}

/** https everywhere; in production no localhost and no missing files. Returns the base URL. */
function checkUrls(root: XmlElement, xml: string, options: CheckOptions, report: Report): URL | undefined {
  const base = baseUrlOf(root);
  if (!base) {
    report('source-location', '<DefaultSettings><SourceLocation DefaultValue="…"/> must be a URL');
    return undefined;
  }
  const resources = childAt(root, 'VersionOverrides', 'Resources');
  const urlElements = [
    ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map((name) => childAt(root, name)),
    childAt(root, 'DefaultSettings', 'SourceLocation'),
    ...(childAt(resources, 'Images')?.children ?? []),
    ...(childAt(resources, 'Urls')?.children ?? []),
  ].filter((element): element is XmlElement => element !== undefined);
  const urls = [
    ...urlElements.flatMap(localizedValues),
    ...childrenNamed(childAt(root, 'AppDomains'), 'AppDomain').map((domain) => domain.text),
  ];
  for (const url of urls) {
    if (!url.startsWith('https://')) report('https-only', `Office loads only https URLs: ${url}`);
    if (url.length > MAX_LENGTH.Urls) report('string-length', `URLs must be at most 2048 characters: ${url}`);
    const file = options.production ? fileOf(url, base, options.baseDir) : undefined;
    if (file && !fs.existsSync(file)) report('file-missing', `${url} → ${file} does not exist`);
  }
  if (options.production) {
    xml.split('\n').forEach((line, index) => {
      if (/localhost/i.test(line)) report('no-localhost', `line ${index + 1} mentions localhost: ${line.trim()}`);
    });
  }
  return base;
}

/** Each icon file exists under `baseDir` and is a PNG of the size the manifest declares for it. */
function checkIcons(root: XmlElement, base: URL, baseDir: string, report: Report): void {
  const declared = new Map<string, Set<number>>();
  const overrides = childAt(root, 'VersionOverrides');
  for (const element of overrides ? walk(overrides) : []) {
    if (localName(element) !== 'Image' || !element.attributes.resid) continue;
    const sizes = declared.get(element.attributes.resid) ?? new Set<number>();
    declared.set(element.attributes.resid, sizes.add(Number(element.attributes.size)));
  }
  const icons: [string, string | undefined, number[]][] = [
    ['IconUrl', childAt(root, 'IconUrl')?.attributes.DefaultValue, [32]],
    ['HighResolutionIconUrl', childAt(root, 'HighResolutionIconUrl')?.attributes.DefaultValue, [64]],
    ...(childAt(overrides, 'Resources', 'Images')?.children ?? []).map(
      (image): [string, string | undefined, number[]] => [
        `bt:Image "${image.attributes.id}"`,
        image.attributes.DefaultValue,
        [...(declared.get(image.attributes.id ?? '') ?? [])],
      ],
    ),
  ];
  for (const [what, url, sizes] of icons) {
    if (!url) {
      report('icon-missing', `${what} has no URL`);
      continue;
    }
    const file = fileOf(url, base, baseDir);
    if (!file) {
      report('icon-missing', `${what}: ${url} is not under the add-in's base URL ${base.href}, so its file is unknown`);
      continue;
    }
    if (!fs.existsSync(file)) {
      report('icon-missing', `${what}: ${file} does not exist`);
      continue;
    }
    if (sizes.length > 1) report('icon-size', `${what} is declared at several sizes: ${sizes.join(', ')} px`);
    const size = readPngSize(file);
    if (!size) report('icon-size', `${what}: ${file} is not a PNG file`);
    else if (sizes.length === 1 && (size.width !== sizes[0] || size.height !== sizes[0])) {
      report('icon-size', `${what}: ${file} is ${size.width}×${size.height} px, declared ${sizes[0]}×${sizes[0]}`);
    }
  }
}
