import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { isDatabaseBusy } from "./database-busy";
import { retryWhenBusy } from "./retry-when-busy";

// The web server's connection (getDb) and a job's, on one file: the job holds the write lock in an open transaction.
const file = path.join(mkdtempSync(path.join(os.tmpdir(), "testimony-retry-")), "retry.db");
process.env.DATABASE_URL = file;
process.env.DATABASE_BUSY_TIMEOUT_MS = "1000";
let job: Database.Database;

beforeAll(() => {
  job = new Database(file);
  job.pragma("journal_mode = WAL");
  job.exec("CREATE TABLE notes (body TEXT)");
});

afterEach(() => {
  if (job.inTransaction) job.exec("ROLLBACK");
});

const webWrite = (body: string) => getDb().$client.prepare("INSERT INTO notes VALUES (?)").run(body);
const webNotes = () => getDb().$client.prepare("SELECT body FROM notes ORDER BY rowid").pluck().all();

describe("retryWhenBusy", () => {
  it("waits, without blocking the thread, until the job lets go of the lock, then writes once", async () => {
    job.exec("BEGIN IMMEDIATE");
    let turnsMeanwhile = 0;
    const counter = setInterval(() => turnsMeanwhile++, 5);
    setTimeout(() => job.exec("COMMIT"), 200);
    let attempts = 0;
    await retryWhenBusy(async () => {
      attempts++;
      webWrite("saved while an import ran");
    });
    clearInterval(counter);
    expect(attempts).toBeGreaterThan(1);
    expect(turnsMeanwhile).toBeGreaterThan(5);
    expect(webNotes()).toEqual(["saved while an import ran"]);
  });

  it("gives up with the busy error once DATABASE_BUSY_TIMEOUT_MS has passed", async () => {
    job.exec("BEGIN IMMEDIATE");
    let attempts = 0;
    const error = await retryWhenBusy(async () => {
      attempts++;
      webWrite("never saved");
    }).catch((failure: unknown) => failure);
    expect(isDatabaseBusy(error)).toBe(true);
    expect(attempts).toBeGreaterThan(1);
    expect(webNotes()).not.toContain("never saved");
  });

  it("does not try again an attempt that had written before it failed, so nothing is written twice", async () => {
    let attempts = 0;
    const error = await retryWhenBusy(async () => {
      attempts++;
      webWrite("written before the failure");
      job.exec("BEGIN IMMEDIATE");
      webWrite("refused");
    }).catch((failure: unknown) => failure);
    expect(isDatabaseBusy(error)).toBe(true);
    expect(attempts).toBe(1);
  });
});
