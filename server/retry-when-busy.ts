import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { Statement } from "better-sqlite3";
import { getDb, getWebBusyTimeoutMs } from "@/db/client";
import { isDatabaseBusy } from "./database-busy";

const PAUSE_BETWEEN_TRIES_MS = 5;

let totalChanges: Statement<[], number> | undefined;

/** Rows changed on the web server's connection since it opened, committed or not (SQLite's total_changes()). */
function changesSoFar(): number {
  totalChanges ??= getDb().$client.prepare<[], number>("SELECT total_changes()").pluck();
  return totalChanges.get()!;
}

/**
 * Runs a request's work, and while it fails because a job or the command line holds the write lock, runs it again
 * after a pause that the thread spends answering other requests (SQLite's own wait would block it), for at most
 * DATABASE_BUSY_TIMEOUT_MS in all; then the busy error goes on to become a 503.
 * It tries again only when nothing changed on the connection while the attempt ran, so the failed attempt wrote
 * nothing and trying again cannot write twice; otherwise (a request that wrote before failing, or another request's
 * write in between) the error goes on at once.
 */
export async function retryWhenBusy<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + getWebBusyTimeoutMs();
  for (;;) {
    const before = changesSoFar();
    try {
      return await attempt();
    } catch (error) {
      if (!isDatabaseBusy(error) || changesSoFar() !== before || Date.now() + PAUSE_BETWEEN_TRIES_MS > deadline) throw error;
      await sleep(PAUSE_BETWEEN_TRIES_MS);
    }
  }
}
