import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkManifest, Problem } from '../../scripts/manifest/check';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEV = { baseDir: ROOT, production: false };

/** The manifest with one change; fails if `from` is not in it, so a test cannot silently check nothing. */
function mutate(from: string | RegExp, to: string, xml = MANIFEST): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`manifest.xml has no ${String(from)}`);
  return changed;
}

const only = (rule: Problem['rule'], ...parts: string[]) => [
  {
    rule,
    message: expect.stringMatching(
      new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')),
    ),
  },
];

describe('manifest.xml', () => {
  it('passes every offline check', () => {
    expect(checkManifest(MANIFEST, DEV)).toEqual([]);
  });
});

describe('checkManifest finds', () => {
  it('XML that is not well-formed', () => {
    expect(checkManifest(mutate('</Hosts>\n  <Requirements>', '<Requirements>'), DEV)).toEqual([
      { rule: 'well-formed', message: expect.stringContaining('line') },
    ]);
  });

  it('an Id that is not a GUID and a Version that is not n.n.n.n', () => {
    const xml = mutate(
      /<Version>[^<]*<\/Version>/,
      '<Version>1.0</Version>',
      mutate(/<Id>[^<]*<\/Id>/, '<Id>hc-planner</Id>'),
    );
    expect(checkManifest(xml, DEV)).toEqual([
      { rule: 'id-guid', message: '<Id> must be a GUID, found "hc-planner"' },
      { rule: 'version-format', message: '<Version> must be n.n.n.n (e.g. 1.0.0.0), found "1.0"' },
    ]);
  });

  it('a resid that is used but not defined', () => {
    const xml = mutate(/\s*<bt:String id="Group.Label"[^>]*\/>/, '');
    expect(checkManifest(xml, DEV)).toEqual(only('resid-undefined', '<Label resid="Group.Label">', 'undefined'));
  });

  it('a resource that is defined but never used', () => {
    const xml = mutate(
      '<bt:Urls>',
      '<bt:Urls>\n<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html" />',
    );
    expect(checkManifest(xml, DEV)).toEqual(only('resid-unused', 'Spare.Url'));
  });

  it('a resid defined twice, and one pointing at the wrong kind of resource', () => {
    const twice = mutate('<bt:ShortStrings>', '<bt:ShortStrings>\n<bt:String id="Group.Label" DefaultValue="Again" />');
    expect(checkManifest(twice, DEV)).toEqual(only('resid-duplicate', 'Group.Label'));
    const wrongKind = mutate(
      '<Label resid="Group.Label" />',
      '<Label resid="Group.Label" /><Title resid="Taskpane.Url" />',
    );
    expect(checkManifest(wrongKind, DEV)).toEqual(only('resid-kind', 'Taskpane.Url', 'bt:ShortStrings', 'bt:Urls'));
  });

  it('a missing SharedRuntime 1.1 requirement', () => {
    const xml = mutate('<Set Name="SharedRuntime" MinVersion="1.1" />', '<Set Name="ExcelApi" MinVersion="1.1" />');
    expect(checkManifest(xml, DEV)).toEqual(only('shared-runtime-requirement', 'SharedRuntime'));
  });

  it('<Runtimes> that is not the first element of <Host>', () => {
    const runtimes = /\s*<Runtimes>\s*<Runtime [^>]*\/>\s*<\/Runtimes>/;
    const block = MANIFEST.match(runtimes)?.[0] ?? '';
    const xml = mutate('</AllFormFactors>', `</AllFormFactors>${block}`, mutate(runtimes, ''));
    expect(checkManifest(xml, DEV)).toEqual(only('runtimes-position', '<Runtimes> must be the first', 'Workbook'));
  });

  it('a runtime that is not long-lived', () => {
    const xml = mutate('lifetime="long"', 'lifetime="short"');
    expect(checkManifest(xml, DEV)).toEqual(only('runtime-lifetime', 'lifetime="long"'));
  });

  it('a Runtime resid that differs from the Page, FunctionFile and ShowTaskpane resid', () => {
    const xml = mutate('<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Script.Url"');
    expect(checkManifest(xml, DEV)).toEqual(
      only('shared-runtime-resid', 'Runtime → Functions.Script.Url', 'FunctionFile → Taskpane.Url'),
    );
  });

  it('a FunctionFile with its own page', () => {
    const withCommands = mutate(
      '<bt:Urls>',
      '<bt:Urls>\n<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html" />',
    );
    const xml = mutate('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Commands.Url" />', withCommands);
    expect(checkManifest(xml, DEV)).toEqual(only('shared-runtime-resid', 'FunctionFile → Commands.Url'));
  });

  it('a functions namespace other than HC', () => {
    const xml = mutate(
      '<bt:String id="Functions.Namespace" DefaultValue="HC" />',
      '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO" />',
    );
    expect(checkManifest(xml, DEV)).toEqual(only('custom-functions', 'namespace must be "HC", found "CONTOSO"'));
  });

  it('an icon file of the wrong size', () => {
    const xml = mutate(
      'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/hc-16.png"',
      'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/hc-32.png"',
    );
    expect(checkManifest(xml, DEV)).toEqual(
      only('icon-size', 'bt:Image "Icon.16x16"', 'hc-32.png is 32×32 px, declared 16×16'),
    );
  });

  it('an icon file that does not exist, and one that is not a PNG', () => {
    const missing = mutate('assets/hc-64.png', 'assets/hc-128.png');
    expect(checkManifest(missing, DEV)).toEqual(
      only('icon-missing', 'HighResolutionIconUrl', 'hc-128.png does not exist'),
    );
    const notPng = mutate('https://localhost:3000/assets/hc-64.png', 'https://localhost:3000/manifest.xml');
    expect(checkManifest(notPng, DEV)).toEqual(only('icon-size', 'manifest.xml is not a PNG'));
  });

  it('strings over the schema limits', () => {
    const short = mutate('DefaultValue="Scenario planner"', `DefaultValue="${'x'.repeat(126)}"`);
    expect(checkManifest(short, DEV)).toEqual(
      only('string-length', 'PlannerButton.Label', '1–125 characters, found 126'),
    );
    const long = mutate(/(<bt:String id="PlannerButton.Tooltip" DefaultValue=")[^"]*/, `$1${'x'.repeat(251)}`);
    expect(checkManifest(long, DEV)).toEqual(
      only('string-length', 'PlannerButton.Tooltip', '1–250 characters, found 251'),
    );
    const display = mutate(
      '<DisplayName DefaultValue="HC Planner" />',
      `<DisplayName DefaultValue="${'x'.repeat(126)}" />`,
    );
    expect(checkManifest(display, DEV)).toEqual(only('string-length', '<DisplayName>', 'found 126'));
  });

  it('an http URL', () => {
    const xml = mutate(
      'https://github.com/hc-planner/hc-planner/issues',
      'http://github.com/hc-planner/hc-planner/issues',
    );
    expect(checkManifest(xml, DEV)).toEqual(only('https-only', 'http://github.com/hc-planner/hc-planner/issues'));
  });
});

describe('checkManifest in production mode', () => {
  const PRODUCTION_URL = 'https://example.org/hc-planner/';
  const production = MANIFEST.replaceAll('https://localhost:3000/', PRODUCTION_URL);
  let dist: string;

  beforeAll(() => {
    // A minimal build folder: the pages and scripts the manifest names, and the icons.
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-manifest-'));
    for (const file of ['taskpane.html', 'functions.js', 'functions.json']) fs.writeFileSync(path.join(dist, file), '');
    fs.cpSync(path.join(ROOT, 'assets'), path.join(dist, 'assets'), { recursive: true });
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('passes a manifest whose URLs all point at the built files', () => {
    expect(checkManifest(production, { baseDir: dist, production: true })).toEqual([]);
  });

  it('finds every line that still mentions localhost', () => {
    const xml = mutate(`${PRODUCTION_URL}functions.json`, 'https://localhost:3000/functions.json', production);
    expect(checkManifest(xml, { baseDir: dist, production: true })).toEqual(
      only('no-localhost', 'https://localhost:3000/functions.json'),
    );
  });

  it('finds a URL whose file is not in the build', () => {
    fs.rmSync(path.join(dist, 'functions.json'));
    try {
      expect(checkManifest(production, { baseDir: dist, production: true })).toEqual(
        only('file-missing', `${PRODUCTION_URL}functions.json`, 'does not exist'),
      );
    } finally {
      fs.writeFileSync(path.join(dist, 'functions.json'), '');
    }
  });

  it('accepts localhost in a development manifest', () => {
    expect(checkManifest(MANIFEST, { baseDir: ROOT, production: false })).toEqual([]);
  });
});
