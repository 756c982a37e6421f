import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { FUNCTIONS } from '../../src/registry';
import type { ExpectedCell } from '../../src/registry';
import { helpUrl } from '../../src/registry/help';

/**
 * Checks the production build in dist/ (`npm run build`; `npm test` builds before running jest): the metadata
 * Excel registers the functions from, the bundle Excel runs, and the production manifest.
 */
const DIST = path.join(__dirname, '..', '..', 'dist');
const built = fs.existsSync(path.join(DIST, 'functions.json'));

if (!built && process.env.CI === 'true') {
  test('dist/ holds a production build', () => {
    throw new Error('dist/functions.json is missing: `npm run build` must run before these tests');
  });
} else if (!built) {
  console.warn('test/build SKIPPED: dist/functions.json is missing. Run `npm run build` first.');
}

const describeBuilt = built ? describe : describe.skip;
const readDist = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8');

interface ParameterMetadata {
  name: string;
  optional?: boolean;
  dimensionality?: string;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
}

describeBuilt('dist/functions.json', () => {
  const metadata = built
    ? (JSON.parse(readDist('functions.json')) as { allowErrorForDataTypeAny?: boolean; functions: FunctionMetadata[] })
    : { functions: [] };

  it('lets error cells into every function (a top-level flag: Excel ignores it anywhere else)', () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  it('lists exactly the registry functions', () => {
    expect(metadata.functions.map((entry) => entry.id).sort()).toEqual(FUNCTIONS.map((spec) => spec.id).sort());
  });

  it.each(FUNCTIONS.map((spec) => [spec.id, spec] as const))('describes %s as the registry does', (id, spec) => {
    const entry = metadata.functions.find((candidate) => candidate.id === id);
    expect(entry).toMatchObject({
      name: id,
      description: spec.description,
      helpUrl: helpUrl(id),
      result: { dimensionality: 'matrix' },
    });
    expect(
      entry?.parameters.map(({ name, optional, dimensionality, type }) => ({
        name,
        optional: optional ?? false,
        dimensionality,
        type,
      })),
    ).toEqual(
      spec.params.map((param) => ({
        name: param.name,
        optional: param.default !== undefined,
        dimensionality: 'matrix',
        type: 'any',
      })),
    );
  });
});

describeBuilt('dist/functions.js', () => {
  class ExcelError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  type Cells = (number | ExcelError)[][];
  /** A function may answer at once or with a Promise (e.g. after loading the price catalogue): Excel accepts both. */
  type Entry = (...args: unknown[]) => Cells | Promise<Cells>;
  const call = async (id: string, ...args: unknown[]) => associated.get(id)?.(...args);
  const associated = new Map<string, Entry>();

  beforeAll(() => {
    // Run the bundle as Excel does: a global CustomFunctions that the bundle registers each function with.
    const CustomFunctions = {
      associate: (id: string, entry: Entry) => associated.set(id, entry),
      Error: ExcelError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
    };
    const context = vm.createContext({ CustomFunctions });
    context.self = context;
    // Lazily loaded chunks (e.g. the price catalogue) go in first, as if already fetched: in the browser the page
    // loads them on demand with a <script> element, which node has no document for.
    const lazyChunks = fs
      .readdirSync(DIST)
      .filter((file) => file.endsWith('.js') && /^"use strict";\(.{0,40}self\.webpackChunk/.test(readDist(file)));
    for (const chunk of lazyChunks) vm.runInContext(readDist(chunk), context);
    vm.runInContext(readDist('functions.js'), context);
  });

  it('registers every registry function', () => {
    expect([...associated.keys()].sort()).toEqual(FUNCTIONS.map((spec) => spec.id).sort());
  });

  /** Excel passes every `any[][]` argument as a matrix, and an omitted one as null. */
  const asExcelArgument = (arg: unknown) => (Array.isArray(arg) ? arg : [[arg]]);
  const expectedMatrix = (expected: ExpectedCell | readonly (readonly ExpectedCell[])[]) =>
    Array.isArray(expected) ? expected : [[expected]];

  it.each(FUNCTIONS.map((spec) => [spec.examples[0].formula, spec] as const))('computes %s', async (_, spec) => {
    const example = spec.examples[0];
    const args = spec.params.map((_param, index) =>
      index < example.args.length ? asExcelArgument(example.args[index]) : null,
    );
    const result = await call(spec.id, ...args);
    const expected = expectedMatrix(example.expected) as ExpectedCell[][];
    expect(result?.map((row) => row.length)).toEqual(expected.map((row) => row.length));
    expected.forEach((row, r) =>
      row.forEach((cell, c) => {
        const actual = result?.[r][c];
        if (typeof cell === 'number') expect(actual).toBeCloseTo(cell, 6);
        else expect(actual).toMatchObject({ code: cell.error });
      }),
    );
  });

  it('returns an Excel error with the message for bad input', async () => {
    expect(await call('TOKENSHARE', [['abc']], [[375000]], null, null)).toEqual([
      [new ExcelError('#VALUE!', 'compute_per_head must be a number')],
    ]);
  });
});

describeBuilt('dist/manifest.xml', () => {
  it('points at the production host: no localhost anywhere', () => {
    const manifest = readDist('manifest.xml');
    expect(manifest).toContain('<SourceLocation DefaultValue="https://');
    expect(manifest).not.toMatch(/localhost/i);
  });
});
