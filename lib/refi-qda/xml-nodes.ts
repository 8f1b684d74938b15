/**
 * Read access to the tree fast-xml-parser builds with the options in read-xml-document.ts: every element is an
 * array entry under its local name, attributes are "@_name" keys, text is "#text" (or the entry itself when the
 * element has only text).
 */
export type XmlElement = { readonly [key: string]: unknown };

const EMPTY: XmlElement = {};

/** The child elements called `name`, in document order. */
export function elements(parent: XmlElement | undefined, name: string): XmlElement[] {
  const found = parent?.[name];
  if (!Array.isArray(found)) return [];
  return found.map((item: unknown) => {
    if (typeof item === "string") return { "#text": item };
    return typeof item === "object" && item !== null ? (item as XmlElement) : EMPTY;
  });
}

/** The first child element called `name`. */
export function element(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return elements(parent, name)[0];
}

/** An attribute's value, or null when it is absent. */
export function attribute(node: XmlElement | undefined, name: string): string | null {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value : null;
}

/** The element's text content ("" for an empty element). */
export function textOf(node: XmlElement | undefined): string {
  const value = node?.["#text"];
  return typeof value === "string" ? value : "";
}

/** The text of the child element called `name`, or null when there is no such child. */
export function childText(parent: XmlElement | undefined, name: string): string | null {
  const child = element(parent, name);
  return child === undefined ? null : textOf(child);
}
