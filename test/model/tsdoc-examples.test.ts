import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { isHcError } from '../../src/model/errors';
import { formatNumber } from '../../src/registry/format';

/**
 * Runs every `@example call // expected` line of the model's TSDoc. An expected number ending in "…"
 * is the displayed prefix of the result (as written in the docs); otherwise it must match to 1e-12.
 */
const MODEL_DIR = join(__dirname, '..', '..', 'src', 'model');
const EXAMPLE = /@example\s+(.+?)\s+\/\/\s+(\[[^\]]*\]|[-\d.,_e…]+)/;

function matches(actual: number, expected: string): boolean {
  const text = expected.replace(/_/g, '').trim();
  if (text.endsWith('…')) return formatNumber(actual).startsWith(text.slice(0, -1));
  const number = Number(text);
  return Math.abs(actual - number) <= 1e-12 * Math.max(1, Math.abs(number));
}

const files = readdirSync(MODEL_DIR).filter((file) => file.endsWith('.ts'));
const cases = files.flatMap((file) =>
  readFileSync(join(MODEL_DIR, file), 'utf8')
    .split('\n')
    .map((line) => EXAMPLE.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ file, call: match[1], expected: match[2] })),
);

test('the model documents at least one example per exported function', () => {
  expect(cases.length).toBeGreaterThanOrEqual(15);
});

test.each(cases)('$file: $call → $expected', ({ file, call, expected }) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(join(MODEL_DIR, file)) as Record<string, unknown>;
  const result = new Function(...Object.keys(exports), `return ${call};`)(...Object.values(exports)) as unknown;
  expect(isHcError(result)).toBe(false);
  if (expected.startsWith('[')) {
    const parts = expected.slice(1, -1).split(',');
    expect(result).toHaveLength(parts.length);
    parts.forEach((part, index) => expect(matches((result as number[])[index], part)).toBe(true));
  } else {
    expect(matches(result as number, expected)).toBe(true);
  }
});
