import { ACCOUNT_DISABLED_MESSAGE } from "@/lib/auth/session-messages";

/**
 * A failed call to our API: `status` 0 when the server could not be reached at all; `retryAfterMs` when the server said
 * (Retry-After) how long to wait before trying again.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * Calls one of our JSON routes and returns its JSON (undefined for 204). A refusal becomes an ApiError carrying the
 * route's own message. `keepalive` lets a save started as the page closes still reach the server.
 */
export async function fetchJson<T>(url: string, { method = "GET", body }: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      keepalive: method !== "GET",
    });
  } catch {
    throw new ApiError(0, "The server cannot be reached.");
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (payload as { error?: unknown } | null)?.error;
    const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"), Date.now());
    throw new ApiError(response.status, typeof message === "string" ? message : `The server answered ${response.status}.`, retryAfterMs);
  }
  return payload as T;
}

/**
 * The wait a Retry-After header asks for, in milliseconds: it holds either seconds or an HTTP date. Undefined when the
 * header is absent or unreadable.
 * @example parseRetryAfter("2", now) // 2000
 * @example parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 07:27:00 GMT")) // 60000
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Every HTTP date names its month; without this, Date.parse would read "-1" or "1.5" as days of 2001.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * Whether trying again later may succeed: the server was unreachable or failing, the database busy with an import or
 * export (503), or the session ended (signing in again in another tab fixes that). A refusal of the change itself
 * (400, 403, 404, 409, 413) will not pass on a retry.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500;
}

// A Retry-After beyond this is not honoured in full: the coder's change waits on screen, so it is tried at least this often.
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * How long to wait before the next attempt of a retryable save (`failures` so far, from 0): what the server asked for
 * in Retry-After when it said, else a backoff doubling from 500 ms up to 5 s.
 */
export function getRetryDelayMs(failures: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, MAX_RETRY_DELAY_MS);
  return Math.min(500 * 2 ** failures, 5000);
}

/** What to tell the coder about a failed save, in words they can act on. */
export function describeSaveFailure(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong while saving.";
  if (error.status === 0) return "The server cannot be reached.";
  if (error.status === 401) return error.message === ACCOUNT_DISABLED_MESSAGE ? error.message : "Your session has ended: sign in again in another tab.";
  // The server's own words ask a person to try again; here the retry is automatic.
  if (error.status === 503) return "The database is busy with an import or export.";
  return error.message;
}
