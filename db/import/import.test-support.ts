import { count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { prepareStatement } from "@/lib/import/prepare-statement";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { insertProjectWithDefaultCodebook, upsertMember } from "../queries/projects";
import { insertUser } from "../queries/users";
import { annotations, assignments, codes, documents, importBatchCreations, importBatches, projectMembers, sets, speakers, users } from "../schema";
import type { StatementToStore } from "./store-statements";

/** A fresh database holding one project with the default codebook and one coder. */
export function openImportTestDb() {
  const db = openDatabase(":memory:");
  runMigrations(db);
  return db.transaction((tx) => {
    const projectId = insertProjectWithDefaultCodebook(tx, { name: "Imports", description: "", actorId: null }).id;
    const coderId = insertUser(tx, { login: "coder", displayName: "Coder", passwordHash: "x", role: "member" }).id;
    upsertMember(tx, { projectId, userId: coderId, role: "coder", actorId: null });
    return { db, projectId, coderId };
  });
}

/** `n` distinct statements, every tenth by speaker `alias`, each holding the word `word` for a search. */
export function makeStatements(n: number, { prefix, word, alias }: { prefix: string; word: string; alias: string }): StatementToStore[] {
  return Array.from({ length: n }, (_, i) => ({
    ...prepareStatement(`${prefix} ${i}`, `${prefix} statement number ${i}: the ${word} came at night.`),
    speaker: i % 10 === 0 ? { alias, country: "Syria", region: null, gender: null, defectionDate: null } : null,
    statementDate: null,
    sourceName: null,
    sourceUrl: null,
  }));
}

/** How many rows each table holds: what a discarded import must leave as it found. */
export function countRows(db: Db) {
  const rows = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()!.n;
  return {
    documents: rows(documents),
    annotations: rows(annotations),
    assignments: rows(assignments),
    speakers: rows(speakers),
    codes: rows(codes),
    users: rows(users),
    members: rows(projectMembers),
    sets: rows(sets),
    batches: rows(importBatches),
    creations: rows(importBatchCreations),
  };
}

/** The ids of the documents a batch holds, read past the visibility rule, as only a test may. */
export function documentIdsOfBatch(db: Db, batchId: number): number[] {
  return db.select({ id: documents.id }).from(documents).where(eq(documents.importBatchId, batchId)).all().map((row) => row.id);
}

/** The one unpublished batch, read while an import runs. */
export function pendingBatchId(db: Db): number {
  const pending = db.select({ id: importBatches.id, publishedAt: importBatches.publishedAt }).from(importBatches).all().filter((batch) => batch.publishedAt === null);
  if (pending.length !== 1) throw new Error(`expected one unpublished batch, found ${pending.length}`);
  return pending[0]!.id;
}
