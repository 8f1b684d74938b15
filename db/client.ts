import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

/** The SQLite file: DATABASE_URL (a path, optionally prefixed with "file:"), default ./data/testimony.db. */
export function getDatabasePath(): string {
  const fromEnv = process.env.DATABASE_URL?.replace(/^file:/, "");
  // turbopackIgnore: the path is chosen at run time; without it the build traces the whole project as possible input.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), fromEnv || "data/testimony.db");
}

/**
 * How long a web request waits in all for another writer's lock: DATABASE_BUSY_TIMEOUT_MS, default 5000. It waits in
 * short turns (server/retry-when-busy.ts) so the thread answers others meanwhile; a request that waits longer is
 * answered 503 and retried by the client, rather than holding the request open.
 */
export function getWebBusyTimeoutMs(): number {
  const fromEnv = Number(process.env.DATABASE_BUSY_TIMEOUT_MS);
  return process.env.DATABASE_BUSY_TIMEOUT_MS && Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : 5000;
}

/**
 * Opens the SQLite file with the pragmas every connection uses. `busyTimeoutMs` is how long a write waits for the lock
 * another connection holds (a worker thread's import batch, the command line, a backup) before failing with
 * SQLITE_BUSY; the default is generous because the command line and job workers have no one waiting on them.
 */
export function openDatabase(file = getDatabasePath(), { busyTimeoutMs = 10_000 }: { busyTimeoutMs?: number } = {}) {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  sqlite.pragma("synchronous = FULL");
  return drizzle({ client: sqlite, schema });
}

export type Db = ReturnType<typeof openDatabase>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// The web server's one connection per process, kept across hot reloads in development. Opened on first use, not on
// import, so that `next build` never touches the database.
const holder = globalThis as { testimonyDb?: Db };

/**
 * How long one statement of the web server waits for the lock inside SQLite. SQLite waits by sleeping, which would
 * stop the thread that answers every request, so this stays short and the request waits out the rest between tries.
 */
const WEB_LOCK_WAIT_MS = 20;

export function getDb(): Db {
  holder.testimonyDb ??= openDatabase(getDatabasePath(), { busyTimeoutMs: WEB_LOCK_WAIT_MS });
  return holder.testimonyDb;
}
