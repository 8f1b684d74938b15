/**
 * The result of a write that can be refused for a reason the caller should show: a kind the server layer maps to a
 * status (bad_request 400, not_found 404, conflict 409) and a message a person can act on.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; kind: "bad_request" | "not_found" | "conflict"; error: string };

export const refused = (kind: "bad_request" | "not_found" | "conflict", error: string) => ({ ok: false, kind, error }) as const;
