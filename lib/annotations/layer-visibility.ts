export type LayerVisibility = { ok: true } | { ok: false; kind: "forbidden"; error: string };

/**
 * Blind coding: whether the caller may read another coder's layer of a document. A coder never may, until a
 * supervisor reveals the project's annotations; a supervisor may once that coder has submitted the document (it then
 * counts for agreement), or once the annotations are revealed. Asked before anything about the other coder is looked
 * up, so a refusal does not tell a coder who else codes the document.
 */
export function checkLayerVisibility({
  callerRole,
  revealed,
  ownerSubmitted,
  ownerLogin,
}: {
  callerRole: "coder" | "supervisor";
  revealed: boolean;
  ownerSubmitted: () => boolean;
  ownerLogin: string;
}): LayerVisibility {
  if (revealed) return { ok: true };
  if (callerRole === "coder") {
    return { ok: false, kind: "forbidden", error: "Other coders' annotations stay hidden (blind coding) until a supervisor reveals them for the project." };
  }
  if (ownerSubmitted()) return { ok: true };
  return {
    ok: false,
    kind: "forbidden",
    error: `${ownerLogin} has not submitted this document yet; their annotations stay hidden until they submit it or the project's annotations are revealed.`,
  };
}
