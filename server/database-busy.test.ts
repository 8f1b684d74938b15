import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/db/client";
import { errorResponse } from "./api-route";
import { isDatabaseBusy, toAppError } from "./database-busy";
import { AppError } from "./errors";

let folder: string;
let holder: Database.Database;
let contender: ReturnType<typeof openDatabase>;

// Two connections to one file, as a job worker and the web server have: the first holds the write lock in an open
// IMMEDIATE transaction, the second gives up at once (busy timeout 0) instead of waiting.
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "testimony-busy-"));
  const file = path.join(folder, "busy.db");
  holder = new Database(file);
  holder.pragma("journal_mode = WAL");
  holder.exec("CREATE TABLE notes (body TEXT)");
  holder.exec("BEGIN IMMEDIATE");
  holder.exec("INSERT INTO notes VALUES ('held')");
  contender = openDatabase(file, { busyTimeoutMs: 0 });
});

afterEach(() => {
  holder.exec("ROLLBACK");
  holder.close();
  contender.$client.close();
  rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** The error `run` throws; the test fails if it throws none. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, none was thrown");
}

describe("isDatabaseBusy", () => {
  it("recognizes SQLITE_BUSY from an IMMEDIATE transaction that cannot get the lock", () => {
    const error = thrownBy(() => contender.transaction(() => undefined, { behavior: "immediate" }));
    expect(error).toBeInstanceOf(Database.SqliteError);
    expect(error).toHaveProperty("code", "SQLITE_BUSY");
    expect(isDatabaseBusy(error)).toBe(true);
  });

  it("recognizes SQLITE_BUSY wrapped by drizzle in the query error's cause", () => {
    const error = thrownBy(() => contender.run(sql`INSERT INTO notes VALUES ('blocked')`));
    expect(error).not.toBeInstanceOf(Database.SqliteError);
    expect((error as Error).cause).toBeInstanceOf(Database.SqliteError);
    expect(isDatabaseBusy(error)).toBe(true);
  });

  it("recognizes the extended busy and locked codes", () => {
    for (const code of ["SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_TIMEOUT", "SQLITE_LOCKED", "SQLITE_LOCKED_SHAREDCACHE"]) {
      expect(isDatabaseBusy(new Database.SqliteError("locked", code)), code).toBe(true);
    }
  });

  it("does not take other SQLite errors or plain errors for a busy database", () => {
    const noSuchTable = thrownBy(() => holder.exec("INSERT INTO missing VALUES (1)"));
    expect(noSuchTable).toBeInstanceOf(Database.SqliteError);
    expect(isDatabaseBusy(noSuchTable)).toBe(false);
    expect(isDatabaseBusy(new Database.SqliteError("full", "SQLITE_FULL"))).toBe(false);
    expect(isDatabaseBusy(new Error("SQLITE_BUSY"))).toBe(false);
    expect(isDatabaseBusy("SQLITE_BUSY")).toBe(false);
  });
});

describe("toAppError", () => {
  it("turns a busy database into the busy kind, answered 503", () => {
    const error = toAppError(thrownBy(() => contender.run(sql`INSERT INTO notes VALUES ('blocked')`)));
    expect(error).toBeInstanceOf(AppError);
    expect(error?.kind).toBe("busy");
    expect(error?.status).toBe(503);
  });

  it("leaves a bug unmapped", () => {
    expect(toAppError(new TypeError("x is undefined"))).toBeUndefined();
  });
});

describe("errorResponse", () => {
  it("answers a busy database with 503, Retry-After in seconds and a message saying the change was not saved", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const response = errorResponse(thrownBy(() => contender.transaction(() => undefined, { behavior: "immediate" })));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toMatch(/^[1-9]\d*$/);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/database is busy.*not saved/);
  });

  it("still answers 500 for an unexpected error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(new TypeError("x is undefined"));
    expect(response.status).toBe(500);
    expect(response.headers.get("Retry-After")).toBeNull();
  });
});
