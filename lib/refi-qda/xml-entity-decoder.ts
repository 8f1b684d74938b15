import type { X2jOptions } from "fast-xml-parser";

type EntityDecoder = NonNullable<X2jOptions["entityDecoder"]>;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;

/**
 * XML's own references and nothing more: the five predefined entities and numeric character references, so that
 * "&#13;" keeps a carriage return and "&#x1F600;" an emoji. Declared entities never reach it: DOCTYPEs are refused.
 */
export const xmlEntityDecoder: EntityDecoder = {
  decode: (text) => (text.includes("&") ? text.replace(REFERENCE, decodeReference) : text),
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};

function decodeReference(reference: string, hex?: string, decimal?: string, name?: string): string {
  if (name !== undefined) return NAMED[name]!;
  const codePoint = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
}
