import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeTextBytes } from "./decode-text-bytes";
import type { RefiResult } from "./types";
import { xmlEntityDecoder } from "./xml-entity-decoder";
import { elements, type XmlElement } from "./xml-nodes";

export type XmlDocument = {
  /** The root element's local name ("Project", "CodeBook"). */
  rootName: string;
  /** The root element's namespace URI, or null when it declares none. */
  namespace: string | null;
  root: XmlElement;
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  entityDecoder: xmlEntityDecoder,
  isArray: (_name: string, _path: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
});

/**
 * Parses a REFI-QDA XML file (bytes or text). A DOCTYPE is refused: REFI-QDA files have none, and entity
 * declarations are how XML bombs are built. `label` names the file in messages ("project.qde").
 */
export function readXmlDocument(input: string | Uint8Array, label: string): RefiResult<XmlDocument> {
  let xml: string;
  if (typeof input === "string") {
    xml = input.startsWith("\ufeff") ? input.slice(1) : input;
  } else {
    const decoded = decodeTextBytes(input);
    if (!decoded.valid) return invalid(`${label} is not UTF-8 text, as REFI-QDA requires.`);
    xml = decoded.text;
  }
  if (/<!DOCTYPE/i.test(xml)) {
    return invalid(`${label} declares a DOCTYPE, which REFI-QDA files never do; it was refused for safety.`);
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return invalid(`${label} is not well-formed XML (line ${line}, column ${col}): ${msg}`);
  }
  const start = readRootStart(xml);
  let tree: XmlElement;
  try {
    tree = parser.parse(xml) as XmlElement;
  } catch (cause) {
    return invalid(`${label} could not be read as XML: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  const root = start ? elements(tree, start.localName)[0] : undefined;
  if (!start || !root) return invalid(`${label} has no root element.`);
  return { ok: true, value: { rootName: start.localName, namespace: start.namespace, root } };
}

const invalid = (message: string): RefiResult<never> => ({ ok: false, error: { code: "invalid-xml", message } });

/**
 * The root element's local name and namespace, read from its start tag. The parser drops namespace declarations
 * once it strips prefixes, so they are taken from the source text, after any declaration, comments and PIs.
 */
function readRootStart(xml: string): { localName: string; namespace: string | null } | null {
  let at = 0;
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at]!)) at++;
    const close = xml.startsWith("<?", at) ? "?>" : xml.startsWith("<!--", at) ? "-->" : null;
    if (!close) break;
    const end = xml.indexOf(close, at);
    if (end < 0) return null;
    at = end + close.length;
  }
  const startTag = /<(?:([^\s/>:]+):)?([^\s/>:]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/y;
  startTag.lastIndex = at;
  const tag = startTag.exec(xml);
  if (!tag) return null;
  const [, prefix, localName, attributes] = tag;
  const declaration = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes ?? "");
  return { localName: localName!, namespace: declaration?.[2] ?? null };
}
