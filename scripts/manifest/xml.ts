import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An XML element with its attributes (qualified names, e.g. `xsi:type`) and child elements in document order. */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly XmlElement[];
  text: string;
}

/** The element name without its namespace prefix: `bt:Image` → `Image`. */
export const localName = (element: XmlElement): string => element.name.slice(element.name.indexOf(':') + 1);

/** fast-xml-parser's `preserveOrder` shape: `{ [tag]: children, ':@': attributes }` or `{ '#text': text }`. */
type OrderedNode = Record<string, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES && key !== TEXT && !key.startsWith('?'));
  if (!name) return undefined;
  const children = node[name] as OrderedNode[];
  return {
    name,
    attributes: (node[ATTRIBUTES] as Record<string, string> | undefined) ?? {},
    children: children.map(toElement).filter((child): child is XmlElement => child !== undefined),
    text: children
      .filter((child) => TEXT in child)
      .map((child) => String(child[TEXT]))
      .join('')
      .trim(),
  };
}

/** The root element, or why the text is not well-formed XML. */
export function parseXml(text: string): XmlElement | string {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return `${msg} (line ${line}, column ${col})`;
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
  });
  const roots = (parser.parse(text) as OrderedNode[]).map(toElement).filter((root) => root !== undefined);
  return roots.length === 1 ? roots[0] : `expected one root element, found ${roots.length}`;
}

/** The child elements with this local name. */
export const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element ? element.children.filter((child) => localName(child) === name) : [];

/** The element at the end of a path of local names, first match at each step. */
export function childAt(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  return path.reduce<XmlElement | undefined>((current, name) => childrenNamed(current, name)[0], element);
}

/** The element and all elements below it, in document order. */
export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}
