import fc from 'fast-check';
import { ERROR_CODES, isHcError } from '../../src/model/errors';
import { FUNCTIONS, runFunction } from '../../src/registry';

/** Anything a host might hand in for one cell, including hostile values. */
const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1, -1, 12, 365, 1e300, -1e300, 5e-324, NaN, Infinity, -Infinity),
  fc.constantFrom(null, undefined, '', 'abc', '12', true, false),
  fc.constantFrom(
    { code: '#N/A' },
    { code: '#REF!' },
    { type: 'Double', basicValue: 3 },
    { type: 'Error', basicValue: '#NUM!' },
  ),
  fc.constantFrom({}, [], { basicValue: 'x' }),
);
const range = fc.oneof(
  fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), // possibly ragged
  fc
    .integer({ min: 1, max: 4 })
    .chain((rows) => fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { minLength: rows, maxLength: rows })),
);
const argument = fc.oneof({ weight: 4, arbitrary: cell }, { weight: 1, arbitrary: range });

const RUNS = 10_000;

/** Why an output breaks the contract, or undefined when it keeps it. */
function contractBreach(output: unknown): string | undefined {
  if (!Array.isArray(output) || output.length === 0) return 'not a non-empty matrix';
  const width = Array.isArray(output[0]) ? output[0].length : 0;
  if (width === 0) return 'an empty row';
  for (const row of output as unknown[][]) {
    if (!Array.isArray(row) || row.length !== width) return 'a ragged result';
    for (const value of row) {
      if (isHcError(value)) {
        if (!(ERROR_CODES as readonly string[]).includes(value.code) || value.message.length === 0)
          return `bad error ${value}`;
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        return `a cell holding ${String(value)}`;
      }
    }
  }
  return undefined;
}

describe.each(FUNCTIONS.map((spec) => [spec.id, spec] as const))('%s on arbitrary input', (_id, spec) => {
  it(`never throws and always returns a well-shaped matrix of finite numbers or Excel errors (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: spec.params.length }), (args) => {
        const breach = contractBreach(runFunction(spec, args));
        if (breach) throw new Error(breach);
      }),
      { numRuns: RUNS },
    );
  });
});

test('the contract check itself rejects NaN, null, ragged rows and foreign errors', () => {
  expect(contractBreach([[NaN]])).toBe('a cell holding NaN');
  expect(contractBreach([[null]])).toBe('a cell holding null');
  expect(contractBreach([[1, 2], [3]])).toBe('a ragged result');
  expect(contractBreach([])).toBe('not a non-empty matrix');
  expect(contractBreach([[1, 2]])).toBeUndefined();
});
