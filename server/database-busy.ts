import Database from "better-sqlite3";
import { AppError } from "./errors";

/** How long a client is asked to wait (the Retry-After header) before sending a write the database was too busy for. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

const BUSY_MESSAGE = "The database is busy with an import or export; the change was not saved. Try again in a few seconds.";

// SQLITE_BUSY and its extended codes (_RECOVERY, _SNAPSHOT, _TIMEOUT), and SQLITE_LOCKED with its own.
const BUSY_CODE = /^SQLITE_(BUSY|LOCKED)(_|$)/;

/**
 * Whether the error is SQLite refusing a lock another connection holds (a worker thread writing an import in
 * batches, the command line), rather than a bug. drizzle wraps a failed query in a DrizzleQueryError whose `cause` is
 * better-sqlite3's SqliteError, so the causes are followed.
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current instanceof Database.SqliteError && BUSY_CODE.test(current.code)) return true;
  }
  return false;
}

/** An expected failure as the AppError it stands for (a busy database becomes "busy"), or undefined for a bug. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isDatabaseBusy(error)) return new AppError("busy", BUSY_MESSAGE);
  return undefined;
}
