/**
 * What the caller knows about the workbook: a cell's value (null for blank, undefined when unknown).
 * A known cell holding a model id in a price slot becomes the price it names, and calls evaluated when
 * the copy is made (price lookups, seeded simulations) may read known cells.
 */
export interface TranslationContext {
  cellValue?: (reference: string) => unknown;
}

/** Thrown when a call cannot be resolved to constants; the translator turns it into a reason. */
export class UnresolvedLookup extends Error {}

const STRING_LITERAL = /^"((?:[^"]|"")*)"$/;

/** The text of an Excel string literal, or undefined when `text` is not one. */
export function stringLiteral(text: string): string | undefined {
  const match = STRING_LITERAL.exec(text.trim());
  return match ? match[1].replace(/""/g, '"') : undefined;
}

/**
 * The value a literal argument or a single-cell reference holds: a number, text, a logical, or null
 * (blank); throws when the argument is computed or the caller does not know the cell.
 */
export function knownValue(text: string, isReference: boolean, what: string, context: TranslationContext): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const literal = stringLiteral(trimmed);
  if (literal !== undefined) return literal;
  if (/^(TRUE|FALSE)$/i.test(trimmed)) return trimmed.toUpperCase() === 'TRUE';
  const number = Number(trimmed.replace(/^\((.*)\)$/, '$1'));
  if (Number.isFinite(number)) return number;
  const value = isReference ? context.cellValue?.(trimmed) : undefined;
  if (value === undefined) {
    throw new UnresolvedLookup(
      isReference
        ? `${what} reads ${trimmed}, whose value is not known here`
        : `${what} has a computed argument (${trimmed}); only literals and known cells are evaluated when sharing`,
    );
  }
  return value;
}
