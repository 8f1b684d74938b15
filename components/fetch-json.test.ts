import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, describeSaveFailure, fetchJson, getRetryDelayMs, isRetryable, parseRetryAfter } from "./fetch-json";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The ApiError fetchJson throws when the server answers `response`. */
async function failureFor(response: Response | Error): Promise<ApiError> {
  vi.stubGlobal("fetch", () => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response)));
  const error = await fetchJson("/api/annotations/1", { method: "PATCH", body: { memo: "m" } }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const busy = () =>
  Response.json({ error: "The database is busy with an import or export; the change was not saved." }, { status: 503, headers: { "Retry-After": "2" } });

describe("fetchJson failures", () => {
  it("keeps a busy database's 503 retryable, like a network failure, waiting as long as Retry-After asks", async () => {
    const error = await failureFor(busy());
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(2000);
    expect(isRetryable(error)).toBe(true);
    expect(getRetryDelayMs(0, error)).toBe(2000);
    expect(getRetryDelayMs(7, error)).toBe(2000);
    expect(describeSaveFailure(error)).toBe("The database is busy with an import or export.");
  });

  it("retries a server that cannot be reached, backing off", async () => {
    const error = await failureFor(new TypeError("Failed to fetch"));
    expect(error.status).toBe(0);
    expect(isRetryable(error)).toBe(true);
    expect(getRetryDelayMs(0, error)).toBe(500);
    expect(getRetryDelayMs(1, error)).toBe(1000);
    expect(getRetryDelayMs(10, error)).toBe(5000);
  });

  it("retries a 503 without Retry-After with the usual backoff", async () => {
    const error = await failureFor(new Response(null, { status: 503 }));
    expect(isRetryable(error)).toBe(true);
    expect(error.retryAfterMs).toBeUndefined();
    expect(getRetryDelayMs(2, error)).toBe(2000);
  });

  it("treats a refusal of the change as final, with the server's message", async () => {
    for (const status of [400, 403, 404, 409, 413]) {
      const error = await failureFor(Response.json({ error: "Refused." }, { status }));
      expect(isRetryable(error), String(status)).toBe(false);
      expect(describeSaveFailure(error)).toBe("Refused.");
    }
  });

  it("caps a very long Retry-After so the change is still tried every 30 s", async () => {
    const error = await failureFor(new Response(null, { status: 503, headers: { "Retry-After": "3600" } }));
    expect(getRetryDelayMs(0, error)).toBe(30_000);
  });

  it("does not retry what is not an API failure (a bug in the client)", () => {
    expect(isRetryable(new TypeError("x is undefined"))).toBe(false);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2015-10-21T07:27:00Z");

  it("reads seconds", () => {
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date as the time left until it, never negative", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:26:00 GMT", now)).toBe(0);
  });

  it("ignores an absent or unreadable header", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
  });
});
