import type { Example } from '../../src/registry';

const REFERENCE = /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

/** The argument texts of a formula's outer call, split at top-level commas: `=F(A1:A3, G(1,2))` → [`A1:A3`, `G(1,2)`]. */
export function topLevelArguments(formula: string): string[] {
  const open = formula.indexOf('(');
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const char of formula.slice(open + 1)) {
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === '(' || char === '{')) depth++;
    if (!quoted && (char === ')' || char === '}')) {
      if (depth === 0) break;
      depth--;
    }
    if (!quoted && depth === 0 && char === ',') {
      args.push(current.trim());
      current = '';
    } else current += char;
  }
  return current.trim() === '' && args.length === 0 ? [] : [...args, current.trim()];
}

/**
 * The cells an example's formula reads: an argument written as a reference (`A1:A3`, `B2`) holds
 * that argument's value from `args` (a matrix for a range), at that address. Returns the sheet as
 * rows for the engine, or throws when a reference and its value do not fit.
 */
export function exampleSheet(example: Example): unknown[][] {
  const rows: unknown[][] = [];
  topLevelArguments(example.formula).forEach((text, index) => {
    if (!REFERENCE.test(text)) return;
    const value = example.args[index];
    const matrix = (Array.isArray(value) ? value : [[value]]) as unknown[][];
    const [first, last = first] = text.replace(/\$/g, '').split(':');
    const position = (ref: string) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
      return { row: Number(digits) - 1, col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
    };
    const [start, end] = [position(first), position(last)];
    if (end.row - start.row + 1 !== matrix.length || end.col - start.col + 1 !== matrix[0].length) {
      throw new Error(`${example.formula}: ${text} does not fit the example's value ${JSON.stringify(value)}`);
    }
    matrix.forEach((line, r) =>
      line.forEach((cell, c) => {
        for (let row = rows.length; row <= start.row + r; row++) rows.push([]);
        rows[start.row + r][start.col + c] = cell;
      }),
    );
  });
  return rows;
}
