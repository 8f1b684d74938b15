/**
 * The outcome of a function whose input can be wrong in ways a person should hear about (a ragged matrix, an
 * overlapping span). Bugs still throw; expected failures come back as `{ ok: false, error }` with a message that says
 * what is wrong and where.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(error: string): Result<T> {
  return { ok: false, error };
}
