import { guidKey } from "./guid-key";
import type { ImportState } from "./import-state";
import { parseInteger } from "./parse-integer";
import type { UnplacedCoding } from "./types";
import { attribute, element, elements, type XmlElement } from "./xml-nodes";

type SourceRef = { guid: string; name: string | null };

/**
 * Records every `<Coding>` found anywhere inside `container` (a source, a selection, a transcript) as not placed,
 * with the element that holds it as its passage. Nothing is dropped without a trace.
 */
export function unplaceCodings(
  state: ImportState,
  container: XmlElement,
  containerKind: string,
  source: SourceRef,
  reason: UnplacedCoding["reason"],
  detail: string,
): void {
  for (const key of Object.keys(container)) {
    if (key.startsWith("@_") || key === "#text") continue;
    for (const child of elements(container, key)) {
      if (key === "Coding") state.unplacedCodings.push(toUnplaced(state, child, container, containerKind, source, reason, detail));
      else unplaceCodings(state, child, key, source, reason, detail);
    }
  }
}

/** One coding as not placed. The passage is `holder` unless the coding sits directly on its source. */
export function toUnplaced(
  state: ImportState,
  coding: XmlElement,
  holder: XmlElement,
  holderKind: string,
  source: SourceRef,
  reason: UnplacedCoding["reason"],
  detail: string,
): UnplacedCoding {
  const isSource = attribute(holder, "guid") === source.guid;
  const codeRef = attribute(element(coding, "CodeRef"), "targetGUID");
  const userRef = attribute(coding, "creatingUser") ?? attribute(holder, "creatingUser");
  const position = (name: string) => {
    const written = attribute(holder, name);
    const value = holderKind === "PlainTextSelection" && written !== null ? parseInteger(written) : Number.NaN;
    return Number.isNaN(value) ? null : value;
  };
  return {
    guid: attribute(coding, "guid") ?? "",
    codeGuid: codeRef === null ? null : (state.codes.guids.get(guidKey(codeRef)) ?? codeRef),
    sourceGuid: source.guid,
    sourceName: source.name,
    selectionGuid: isSource ? null : attribute(holder, "guid"),
    selectionKind: isSource ? "source" : holderKind,
    selectionName: isSource ? null : attribute(holder, "name"),
    start: position("startPosition"),
    end: position("endPosition"),
    userGuid: userRef === null ? null : (state.users.get(guidKey(userRef)) ?? null),
    reason,
    detail,
  };
}
