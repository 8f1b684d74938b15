/**
 * The outcome of reading input a person typed (a date, a source, a query): expected failures come back as
 * `{ ok: false, error }` with one line saying what is wrong; bugs still throw.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(error: string): Result<T> => ({ ok: false, error });
