import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDocumentsByProject } from "../queries/documents";
import { getSpeakerByAlias } from "../queries/speakers";
import { importBatches } from "../schema";
import { discardAbandonedImports, discardImportBatch, discardImportsOfJob } from "./discard-import-batch";
import { deleteImportedDocument } from "./import-batch";
import { runImportSteps } from "./import-steps";
import { countRows, documentIdsOfBatch, makeStatements, openImportTestDb, pendingBatchId } from "./import.test-support";
import { storeStatements, storeStatementsSteps } from "./store-statements";
import { BATCH_ITEMS } from "./write-in-batches";

const MANY = BATCH_ITEMS + 200;

describe("discardImportsOfJob", () => {
  it("removes what a worker stopped mid-import left, but keeps a speaker it made that a published document uses by now", () => {
    const { db, projectId, coderId } = openImportTestDb();
    const before = countRows(db);
    const statements = [
      ...makeStatements(1, { prefix: "Shared", word: "convoy", alias: "Shared witness" }),
      ...makeStatements(MANY, { prefix: "Job", word: "convoy", alias: "Job witness" }),
    ];
    // A terminated worker: its import committed one batch and never ran again.
    const terminated = storeStatementsSteps(db, { projectId, actorId: null, batchLabel: "job.csv", statements, assignTo: [coderId], jobId: "job-1" });
    expect(terminated.next().done).toBe(false);
    expect(getSpeakerByAlias(db, { projectId, alias: "Job witness" })).toBeDefined();
    storeStatements(db, { projectId, actorId: null, batchLabel: "other.csv", statements: makeStatements(1, { prefix: "Other", word: "convoy", alias: "Shared witness" }) });

    expect(discardImportsOfJob(db, "job-2")).toBe(0);
    expect(discardImportsOfJob(db, "job-1")).toBe(1);
    expect(getSpeakerByAlias(db, { projectId, alias: "Job witness" })).toBeUndefined();
    expect(getSpeakerByAlias(db, { projectId, alias: "Shared witness" })).toBeDefined();
    expect(getDocumentsByProject(db, { projectId }).map((document) => document.title)).toEqual(["Other 0"]);
    expect(countRows(db)).toEqual({ ...before, documents: 1, speakers: 1, batches: 1 });
    expect(discardImportsOfJob(db, "job-1")).toBe(0);
  });
});

describe("discardAbandonedImports", () => {
  it("discards unpublished batches older than the limit only, and the import it cuts short fails instead of publishing a part", () => {
    const { db, projectId } = openImportTestDb();
    const published = storeStatements(db, { projectId, actorId: null, batchLabel: "old.csv", statements: makeStatements(3, { prefix: "Old", word: "convoy", alias: "W" }) });
    const cutShort = storeStatementsSteps(db, { projectId, actorId: null, batchLabel: "slow.csv", statements: makeStatements(MANY, { prefix: "Slow", word: "convoy", alias: "S" }) });
    expect(cutShort.next().done).toBe(false);
    const hourAgo = new Date(Date.now() - 3_600_000);
    db.update(importBatches).set({ createdAt: hourAgo }).run();

    expect(discardAbandonedImports(db, { olderThanMs: 7_200_000 })).toBe(0);
    expect(discardAbandonedImports(db, { olderThanMs: 60_000 })).toBe(1);
    expect(getDocumentsByProject(db, { projectId })).toHaveLength(3);
    expect(() => runImportSteps(cutShort)).toThrow("FOREIGN KEY constraint failed");
    expect(getDocumentsByProject(db, { projectId })).toHaveLength(3);
    expect(discardImportBatch(db, published.batchId)).toBe(false);
    expect(documentIdsOfBatch(db, published.batchId)).toEqual(published.documentIds);
  });

  it("makes an import whose documents a discard has begun to delete fail when publishing, and leaves nothing of it", () => {
    const { db, projectId } = openImportTestDb();
    const before = countRows(db);
    const steps = storeStatementsSteps(db, { projectId, actorId: null, batchLabel: "small.csv", statements: makeStatements(5, { prefix: "Small", word: "convoy", alias: "S" }) });
    expect(steps.next().value).toMatchObject({ stage: "storing documents", done: 5 });
    const batchId = pendingBatchId(db);
    db.transaction((tx) => deleteImportedDocument(tx, { documentId: documentIdsOfBatch(db, batchId)[0]!, actorId: null }));
    expect(() => runImportSteps(steps)).toThrow(`Import batch ${batchId} was discarded while it was being written (4 of 5 documents left)`);
    expect(countRows(db)).toEqual(before);
    expect(db.select().from(importBatches).where(eq(importBatches.id, batchId)).get()).toBeUndefined();
  });
});
