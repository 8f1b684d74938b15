import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "../import/check-import-limits";
import { readProject } from "./read-project";
import { readXmlDocument } from "./read-xml-document";
import type { ImportedProject, RefiResult } from "./types";

/** Only `maxTotalCharacters` applies to a bare .qde, to its embedded texts; the defaults fill in what is not given. */
export type ParseQdeOptions = { limits?: Partial<ImportLimits> };

/**
 * Imports a bare .qde (a REFI-QDA project without its archive). Texts embedded as PlainTextContent are imported;
 * texts that live in plainTextPath files cannot be, since a bare .qde carries no files: those sources are listed
 * in `skippedSources` and `warnings`, their codings in `unplacedCodings`.
 */
export function parseQde(xml: string | Uint8Array, options: ParseQdeOptions = {}): RefiResult<ImportedProject> {
  const { maxTotalCharacters } = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  const doc = readXmlDocument(xml, "The .qde file");
  if (!doc.ok) return doc;
  return readProject(doc.value, null, null, maxTotalCharacters);
}
