import { isHcError } from '../../src/model/errors';
import type { Example, ExpectedCell, OutputCell } from '../../src/registry';

/** The expected result of an example as rows of cells. */
export function expectedRows(expected: Example['expected']): readonly (readonly ExpectedCell[])[] {
  return Array.isArray(expected) ? (expected as readonly (readonly ExpectedCell[])[]) : [[expected as ExpectedCell]];
}

/** A result cell against an expected one: numbers to 1e-12 relative, errors by code and message. */
export function expectCell(actual: OutputCell, expected: ExpectedCell): void {
  if (typeof expected === 'number') {
    expect(isHcError(actual) ? `${actual.code} ${actual.message}` : actual).toEqual(expect.any(Number));
    const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
  } else {
    expect(isHcError(actual)).toBe(true);
    expect((actual as { code: string }).code).toBe(expected.error);
    if (expected.message) expect((actual as { message: string }).message).toBe(expected.message);
  }
}

export function expectRows(actual: readonly (readonly OutputCell[])[], expected: Example['expected']): void {
  const rows = expectedRows(expected);
  expect([actual.length, actual[0]?.length]).toEqual([rows.length, rows[0].length]);
  rows.forEach((row, r) => row.forEach((cell, c) => expectCell(actual[r][c], cell)));
}
