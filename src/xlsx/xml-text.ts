/**
 * The few XML text operations the sheet patcher needs. It edits a part's text in place (rather
 * than parse and re-serialise it) so that everything it does not change stays byte-identical.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
    return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}

export const encodeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The attributes of a start tag's text (`<c r="A1" t="s">`), values decoded. */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, , value] of tag.matchAll(/([\w:.-]+)\s*=\s*(["'])(.*?)\2/gs))
    attributes.set(name, decodeXml(value));
  return attributes;
}

/** A start tag with one attribute set (replaced in place, or appended), or removed when `value` is undefined. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

export function withAttribute(tag: string, name: string, value: string | undefined): string {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) ATTRIBUTE_PATTERNS.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(["']).*?\\1`, 's')));
  const written = value === undefined ? '' : ` ${name}="${encodeXml(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, written);
  if (value === undefined) return tag;
  return tag.replace(/\s*(\/?>)$/, `${written}$1`);
}
