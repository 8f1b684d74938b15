/**
 * Expected failures of a server entry, as a kind and a message a person can act on. One table maps each kind to its
 * HTTP status, so every route answers the same way.
 */
export type AppErrorKind = "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "too_large" | "rate_limited" | "busy";

const statusByKind: Record<AppErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  // The database stayed locked by another writer (an import or export) past the busy timeout: nothing was written,
  // and the same request will pass once the lock is free.
  busy: 503,
};

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return statusByKind[this.kind];
  }
}

export const notFound = (what = "Not found.") => new AppError("not_found", what);
