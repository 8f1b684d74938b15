/** The span form's fields as typed (strings until sent); `id` is the consensus annotation being edited, or null. */
export type SpanDraft = { id: number | null; code: string; start: string; end: string; memo: string };

export const emptyDraft = (code: number | undefined): SpanDraft => ({ id: null, code: code === undefined ? "" : String(code), start: "", end: "", memo: "" });
