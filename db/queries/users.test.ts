import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { getUserByLogin, insertUser } from "./users";

const LOGINS_MIGRATION = "0010_logins_unique_by_case_and_sessions";

/** A copy of drizzle/ whose journal stops before `tag`, to build a database as it was before that migration. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  cpSync(path.join(process.cwd(), "drizzle"), folder, { recursive: true });
  const journalPath = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const stop = journal.entries.findIndex((entry) => entry.tag === tag);
  if (stop < 0) throw new Error(`no migration ${tag} in drizzle/`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, stop) }));
  return folder;
}

describe("logins", () => {
  it("are found without regard to case", () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    insertUser(db, { login: "Alice", displayName: "Alice", passwordHash: "x", role: "member" });
    expect(getUserByLogin(db, { login: "alice" })?.login).toBe("Alice");
  });

  it("cannot exist twice in different cases", () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    insertUser(db, { login: "alice", displayName: "Alice", passwordHash: "x", role: "member" });
    expect(() => insertUser(db, { login: "ALICE", displayName: "Alice", passwordHash: "x", role: "member" })).toThrow(/UNIQUE/);
  });

  it("that differed only in case before the migration keep the oldest as it was and rename the others login#id", () => {
    const db = openDatabase(":memory:");
    migrate(db, { migrationsFolder: migrationsBefore(LOGINS_MIGRATION) });
    const values = { displayName: "A", passwordHash: "x", role: "member" as const };
    const ids = ["alice", "Alice", "ALICE", "bob"].map((login) => insertUser(db, { login, ...values }).id);
    runMigrations(db);
    expect(getUserByLogin(db, { login: "alice" })?.id).toBe(ids[0]);
    expect(getUserByLogin(db, { login: `Alice#${ids[1]}` })?.id).toBe(ids[1]);
    expect(getUserByLogin(db, { login: `ALICE#${ids[2]}` })?.id).toBe(ids[2]);
    expect(getUserByLogin(db, { login: "bob" })?.id).toBe(ids[3]);
  });
});
