import * as wrappers from '../../src/functions/functions';
import { createEngine, evaluateFormula } from '../../src/engine/engine';
import type { EngineValue } from '../../src/engine/values';
import { FUNCTIONS } from '../../src/registry';
import type { Example, ExpectedCell } from '../../src/registry';
import { expectedRows } from '../support/expect-output';
import { exampleSheet, topLevelArguments } from './example-sheet';

/**
 * One example table, two hosts: every worked example and error case of every registry function
 * runs through the Excel wrapper (with the example's arguments, as Excel passes them) and through
 * the embedded engine (with the example's formula text, its ranges written into the sheet). Both
 * must give the expected cells: numbers to 1e-12 relative, error codes, and messages wherever the
 * host carries them (Excel: #VALUE! and #N/A only; the engine: every code).
 *
 * One documented difference: a call that fails as a whole (the expected cells are all one error)
 * may be that error once in the engine, which sizes spills when it parses the formula and so
 * cannot show a block of errors of a size known only when the function runs.
 */

const EXCEL_CODES_WITH_MESSAGES = new Set(['#VALUE!', '#N/A']);

type HostCell = number | { code: string; message: string };

function expectCell(
  actual: HostCell | EngineValue,
  expected: ExpectedCell,
  carriesMessage: (code: string) => boolean,
): void {
  if (typeof expected === 'number') {
    expect(actual).toEqual(expect.any(Number));
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
    return;
  }
  expect(actual).toMatchObject({ code: expected.error });
  if (expected.message && carriesMessage(expected.error))
    expect((actual as { message: string }).message).toBe(expected.message);
}

function expectRows(
  actual: readonly (readonly (HostCell | EngineValue)[])[],
  example: Example,
  carriesMessage: (code: string) => boolean,
  oneErrorForAll = false,
) {
  const expected = expectedRows(example.expected);
  const first = expected[0][0];
  const allOneError = expected.every((row) => row.every((cell) => JSON.stringify(cell) === JSON.stringify(first)));
  const rows =
    oneErrorForAll && allOneError && typeof first !== 'number' && actual.length * actual[0].length === 1
      ? [[first]]
      : expected;
  expect([actual.length, actual[0].length]).toEqual([rows.length, rows[0].length]);
  rows.forEach((row, r) => row.forEach((cell, c) => expectCell(actual[r][c], cell, carriesMessage)));
}

/** Excel passes every argument of a wrapper as a matrix: a range as its rows, a value as 1 × 1. */
const asExcelArgument = (value: unknown) => (Array.isArray(value) ? value : [[value]]);

const cases = FUNCTIONS.flatMap((spec) => spec.examples.map((example) => ({ id: spec.id, example })));

describe.each(cases)('$example.formula', ({ id, example }) => {
  it('Excel wrapper', async () => {
    // Wrappers of functions that may name a model are async (they load the price catalogue first).
    const wrapper = (
      wrappers as unknown as Record<string, (...args: unknown[]) => HostCell[][] | Promise<HostCell[][]>>
    )[id];
    const result = await wrapper(...example.args.map(asExcelArgument));
    expectRows(result, example, (code) => EXCEL_CODES_WITH_MESSAGES.has(code));
  });

  it('engine', () => {
    const engine = createEngine({ Sheet1: exampleSheet(example) as never });
    expectRows(evaluateFormula(engine, example.formula), example, () => true, true);
  });
});

test('every registry function has examples, and each example formula passes its arguments one for one', () => {
  for (const spec of FUNCTIONS) {
    expect(spec.examples.length).toBeGreaterThan(0);
    for (const example of spec.examples) expect(topLevelArguments(example.formula)).toHaveLength(example.args.length);
  }
});
