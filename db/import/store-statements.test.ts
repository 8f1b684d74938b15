import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildFtsQuery } from "@/lib/analysis/build-fts-query";
import { getAssignedDocumentsByCoder, getDocumentById, getDocumentsByProject, getDocumentWithSpeaker, getProgressByCoder } from "../queries/documents";
import { getDashboardFilterOptions } from "../queries/review";
import { searchStatements } from "../queries/search";
import { getSpeakerByAlias, upsertSpeaker } from "../queries/speakers";
import { auditLog } from "../schema";
import { type ImportProgress, runImportSteps, runImportStepsAsync } from "./import-steps";
import { countRows, documentIdsOfBatch, makeStatements, openImportTestDb, pendingBatchId } from "./import.test-support";
import { storeStatements, storeStatementsSteps } from "./store-statements";
import { BATCH_ITEMS } from "./write-in-batches";

const match = (word: string) => {
  const built = buildFtsQuery(word);
  if (!built.ok) throw new Error(built.error);
  return built.value;
};

// More statements than one batch may hold, so that the import commits several times before it publishes.
const MANY = BATCH_ITEMS + 200;

describe("storeStatements", () => {
  it("stores a file of more statements than one batch whole, each document and assignment audited", () => {
    const { db, projectId, coderId } = openImportTestDb();
    const progress: ImportProgress[] = [];
    const stored = storeStatements(db, {
      projectId,
      actorId: null,
      batchLabel: "big.csv",
      statements: makeStatements(MANY, { prefix: "Big", word: "convoy", alias: "Witness A" }),
      assignTo: [coderId],
      onProgress: (step) => progress.push(step),
    });
    expect(stored.documentIds).toHaveLength(MANY);
    expect(progress.filter((step) => step.stage === "storing documents").length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-2)).toEqual({ stage: "storing documents", done: MANY, total: MANY });
    expect(progress.at(-1)).toEqual({ stage: "publishing", done: 0, total: 1 });
    expect(getDocumentsByProject(db, { projectId })).toHaveLength(MANY);
    expect(getAssignedDocumentsByCoder(db, { coderId, projectId })).toHaveLength(MANY);
    const audited = (entity: "document" | "assignment" | "speaker") =>
      db.select().from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.action, "create"))).all().length;
    expect([audited("document"), audited("assignment"), audited("speaker")]).toEqual([MANY, MANY, 1]);
  });

  it("shows readers nothing of the file until its last transaction publishes it", () => {
    const { db, projectId, coderId } = openImportTestDb();
    storeStatements(db, { projectId, actorId: null, batchLabel: "earlier.txt", statements: makeStatements(1, { prefix: "Earlier", word: "convoy", alias: "Witness E" }) });
    const seen: { documents: number; assigned: number; progress: number; hits: number; byId: unknown[]; batches: string[] }[] = [];
    storeStatements(db, {
      projectId,
      actorId: null,
      batchLabel: "later.csv",
      statements: makeStatements(MANY, { prefix: "Later", word: "convoy", alias: "Witness L" }),
      assignTo: [coderId],
      onProgress: () => {
        const firstId = documentIdsOfBatch(db, pendingBatchId(db))[0]!;
        seen.push({
          documents: getDocumentsByProject(db, { projectId }).length,
          assigned: getAssignedDocumentsByCoder(db, { coderId, projectId }).length,
          progress: getProgressByCoder(db, { projectId }).length,
          hits: searchStatements(db, { projectId, match: match("convoy"), limit: 10, statementIds: null }).total,
          byId: [getDocumentById(db, { id: firstId }), getDocumentWithSpeaker(db, { id: firstId })],
          batches: getDashboardFilterOptions(db, { projectId }).batches.map((batch) => batch.label),
        });
      },
    });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const view of seen) expect(view).toEqual({ documents: 1, assigned: 0, progress: 0, hits: 1, byId: [undefined, undefined], batches: ["earlier.txt"] });
    expect(getDocumentsByProject(db, { projectId })).toHaveLength(MANY + 1);
    expect(searchStatements(db, { projectId, match: match("convoy"), limit: 10, statementIds: null }).total).toBe(MANY + 1);
  });

  it("leaves nothing of a file that fails halfway: no document, assignment, new speaker or batch, known speakers unchanged", () => {
    const { db, projectId, coderId } = openImportTestDb();
    db.transaction((tx) => upsertSpeaker(tx, { projectId, facts: { alias: "Known", country: null, region: null, gender: null, defectionDate: null }, actorId: null }));
    const before = countRows(db);
    const statements = [
      ...makeStatements(MANY, { prefix: "Failing", word: "convoy", alias: "New witness" }),
      ...makeStatements(1, { prefix: "Known's", word: "convoy", alias: "Known" }),
    ];
    let committed = 0;
    const run = () =>
      storeStatements(db, {
        projectId,
        actorId: null,
        batchLabel: "failing.csv",
        statements,
        assignTo: [coderId],
        onProgress: () => {
          committed = documentIdsOfBatch(db, pendingBatchId(db)).length;
          throw new Error("disk full");
        },
      });
    expect(run).toThrow("disk full");
    expect(committed).toBeGreaterThan(0);
    expect(countRows(db)).toEqual(before);
    expect(getSpeakerByAlias(db, { projectId, alias: "New witness" })).toBeUndefined();
    expect(getSpeakerByAlias(db, { projectId, alias: "Known" })?.country).toBeNull();
    const deleted = db.select().from(auditLog).where(and(eq(auditLog.entity, "document"), eq(auditLog.action, "delete"))).all();
    expect(deleted).toHaveLength(committed);
    expect(db.select().from(auditLog).where(and(eq(auditLog.entity, "speaker"), eq(auditLog.action, "delete"))).all()).toHaveLength(1);
  });

  it("stops between batches when its signal is aborted, from a callback or from outside, and keeps nothing", async () => {
    const { db, projectId, coderId } = openImportTestDb();
    const before = countRows(db);
    const input = { projectId, actorId: null, batchLabel: "stopped.csv", statements: makeStatements(MANY, { prefix: "Stopped", word: "convoy", alias: "W" }), assignTo: [coderId] };

    const inCallback = new AbortController();
    expect(() => storeStatements(db, { ...input, signal: inCallback.signal, onProgress: () => inCallback.abort() })).toThrow(expect.objectContaining({ name: "AbortError" }));
    expect(countRows(db)).toEqual(before);

    // Aborted by an event the import gives way to between batches, as a closed request or a timer would.
    const fromOutside = new AbortController();
    const progress: ImportProgress[] = [];
    const stopped = runImportStepsAsync(storeStatementsSteps(db, input), {
      signal: fromOutside.signal,
      onProgress: (step) => {
        progress.push(step);
        setImmediate(() => fromOutside.abort());
      },
    });
    await expect(stopped).rejects.toMatchObject({ name: "AbortError" });
    expect(progress).toHaveLength(1);
    expect(countRows(db)).toEqual(before);
  });

  it("counts only published texts and the file's own as duplicates, and keeps one copy of a file imported twice at once", () => {
    const { db, projectId } = openImportTestDb();
    const statements = makeStatements(MANY, { prefix: "Twice", word: "convoy", alias: "W" });
    const first = storeStatementsSteps(db, { projectId, actorId: null, batchLabel: "first.csv", statements: [...statements, statements[0]!] });
    expect(first.next().done).toBe(false);
    // The second import starts while the first is unpublished: none of the first's texts counts against it yet.
    const second = storeStatements(db, { projectId, actorId: null, batchLabel: "second.csv", statements });
    expect(second.duplicates).toEqual([]);
    const rest = runImportSteps(first);
    expect(rest.duplicates).toHaveLength(MANY + 1);
    // "Twice 0" twice: the file repeats it, and the second import published it while the first was being written.
    expect(rest.duplicates.filter((title) => title === "Twice 0")).toHaveLength(2);
    expect(rest.documentIds).toEqual([]);
    expect(getDocumentsByProject(db, { projectId })).toHaveLength(MANY);
  });
});
