import { CODEBOOK_NAMESPACE } from "./namespaces";
import { readCodes } from "./read-codes";
import { readSets } from "./read-sets";
import { readXmlDocument } from "./read-xml-document";
import type { ImportedCodebook, RefiResult } from "./types";
import { attribute, element } from "./xml-nodes";

/**
 * Imports a .qdc codebook: codes at any depth, and sets of codes. An empty `<Sets/>` (Taguette writes one, though
 * Codebook.xsd wants at least one Set) is read as no sets.
 */
export function parseQdc(xml: string | Uint8Array): RefiResult<ImportedCodebook> {
  const doc = readXmlDocument(xml, "The .qdc file");
  if (!doc.ok) return doc;
  const { rootName, namespace, root } = doc.value;
  if (rootName !== "CodeBook") {
    const message =
      rootName === "Project"
        ? "This file is a REFI-QDA project (.qde), not a codebook; import it as a project."
        : `This file's root element is <${rootName}>, not a REFI-QDA <CodeBook>; is it a .qdc codebook?`;
    return { ok: false, error: { code: "wrong-document", message } };
  }
  const warnings: string[] = [];
  if (namespace !== CODEBOOK_NAMESPACE) {
    warnings.push(`The codebook declares the namespace "${namespace ?? "none"}", not ${CODEBOOK_NAMESPACE}; it was read as REFI-QDA anyway.`);
  }
  const codes = readCodes(element(root, "Codes"), warnings);
  const sets = readSets(element(root, "Sets"), codes.guids, new Map(), warnings).map(({ guid, name, description, codeGuids }) => ({
    guid,
    name,
    description,
    codeGuids,
  }));
  return {
    ok: true,
    value: { origin: attribute(root, "origin"), codes: codes.codes, sets, warnings, file: { namespace } },
  };
}
