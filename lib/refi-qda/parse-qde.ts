import { readProject } from "./read-project";
import { readXmlDocument } from "./read-xml-document";
import type { ImportedProject, RefiResult } from "./types";

/**
 * Imports a bare .qde (a REFI-QDA project without its archive). Texts embedded as PlainTextContent are imported;
 * texts that live in plainTextPath files cannot be, since a bare .qde carries no files: those sources are listed
 * in `skippedSources` and `warnings`, their codings in `unplacedCodings`.
 */
export function parseQde(xml: string | Uint8Array): RefiResult<ImportedProject> {
  const doc = readXmlDocument(xml, "The .qde file");
  if (!doc.ok) return doc;
  return readProject(doc.value, null, null);
}
