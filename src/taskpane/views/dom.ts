/** Children an element is built from: nodes, text, or nothing (skipped). */
export type Child = Node | string | false | null | undefined;

/**
 * Creates an element with attributes and children. Attributes only — never inline `style`, which the
 * standalone page's Content-Security-Policy forbids; looks come from the stylesheet's classes.
 */
export function el(
  tag: string,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== false && child !== null && child !== undefined) element.append(child);
  return element;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((child): child is Node | string => child !== false && child !== null && child !== undefined),
  );
}
