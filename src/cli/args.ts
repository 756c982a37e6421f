/**
 * Command-line argument values as an analyst writes them: numbers, text, TRUE/FALSE, an error
 * literal such as #N/A, an empty string for an omitted argument, or an Excel array constant such
 * as {0;100000;375000} (`;` separates rows, `,` columns) for a range.
 */
function parseScalar(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (trimmed.startsWith('#')) return { code: trimmed.toUpperCase() };
  const number = Number(trimmed);
  if (trimmed !== '' && !Number.isNaN(number) && /^[-+.\d]/.test(trimmed)) return number;
  return trimmed.replace(/^"(.*)"$/, '$1');
}

export function parseArgument(text: string): unknown {
  const array = /^\{(.*)\}$/s.exec(text.trim());
  if (!array) return parseScalar(text);
  return array[1].split(';').map((row) => row.split(',').map(parseScalar));
}
