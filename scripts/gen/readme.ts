import { formatCell } from '../../src/registry/format';
import { signature } from '../../src/registry';
import type { ExpectedCell, FunctionSpec } from '../../src/registry/types';

const START = '<!-- functions:start -->';
const END = '<!-- functions:end -->';

const firstSentence = (text: string): string => /^.*?\.(\s|$)/.exec(text)?.[0].trim() ?? text;

function exampleResult(expected: FunctionSpec['examples'][number]['expected']): string {
  if (!Array.isArray(expected)) return formatCell(expected as ExpectedCell);
  const rows = expected as readonly (readonly ExpectedCell[])[];
  return rows.length > 1 ? `spills ${rows.length} rows` : rows[0].map(formatCell).join(', ');
}

function row(spec: FunctionSpec): string {
  const example = spec.examples[0];
  const text = (s: string) => s.replace(/\|/g, '\\|');
  return `| [\`${signature(spec)}\`](docs/functions.md#${spec.id.toLowerCase()}) | ${text(firstSentence(spec.description))} | \`${text(example.formula)}\` → ${text(exampleResult(example.expected))} |`;
}

/** README.md with the function table between its markers rebuilt from the registry. */
export function renderReadme(readme: string, functions: readonly FunctionSpec[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return readme;
  const table = ['| function | returns | example |', '|---|---|---|', ...functions.map(row)].join('\n');
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}
