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

export function openDatabase(file = getDatabasePath()) {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // A second writer (the command line, a backup) waits this long for the lock instead of failing at once.
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("synchronous = FULL");
  return drizzle({ client: sqlite, schema });
}

export type Db = ReturnType<typeof openDatabase>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// One connection per process, kept across hot reloads in development. Opened on first use, not on import, so that
// `next build` never touches the database.
const holder = globalThis as { testimonyDb?: Db };

export function getDb(): Db {
  holder.testimonyDb ??= openDatabase();
  return holder.testimonyDb;
}
