/** A failed call to our API: `status` 0 when the server could not be reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
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
    throw new ApiError(response.status, typeof message === "string" ? message : `The server answered ${response.status}.`);
  }
  return payload as T;
}

/**
 * Whether trying again later may succeed: the server was unreachable or failing, or the session ended (signing in
 * again in another tab fixes that). A refusal of the change itself (400, 403, 404, 409) will not pass on a retry.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** What to tell the coder about a failed save, in words they can act on. */
export function describeSaveFailure(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong while saving.";
  if (error.status === 0) return "The server cannot be reached.";
  if (error.status === 401) return "Your session has ended: sign in again in another tab.";
  return error.message;
}
