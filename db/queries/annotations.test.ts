import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "@/lib/import/content-hash";
import { codePointLength } from "@/lib/offsets/code-points";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { auditLog, projects } from "../schema";
import { DEMO_PROJECT_NAME, seedDemo } from "../seed/seed-demo";
import { createAnnotation, deleteAnnotation, getAnnotationsByDocumentAndCoder, updateAnnotation } from "./annotations";
import { reopenAssignment, submitAssignment } from "./assignments";
import { getCodesByProject } from "./codes";
import { getAssignment, insertAssignments, insertDocument } from "./documents";
import { getProjectByName } from "./projects";
import { getUserByLogin } from "./users";

let db: Db;
let projectId: number;
let coder1: number;
let coder2: number;
let brutality: number;
// In code points (Python: TEXT[7:15] == "punished", TEXT[36:39] == "قال"); the emoji is one, the break two.
const TEXT = "😔 They punished men from the town.\n\nقال إنه غادر";

/** A fresh statement assigned to coder1 and coder2, so each test starts from "assigned". */
function plantDocument(): number {
  return db.transaction((tx) => {
    const values = { projectId, title: "t", text: TEXT, contentHash: contentHash(TEXT), length: codePointLength(TEXT) };
    const id = insertDocument(tx, { actorId: null, values }).id;
    insertAssignments(tx, { projectId, documentIds: [id], coderIds: [coder1, coder2], actorId: null });
    return id;
  });
}

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  await seedDemo(db);
  projectId = getProjectByName(db, { name: DEMO_PROJECT_NAME })!.id;
  coder1 = getUserByLogin(db, { login: "coder1" })!.id;
  coder2 = getUserByLogin(db, { login: "coder2" })!.id;
  brutality = getCodesByProject(db, { projectId })[1]!.id;
});

describe("createAnnotation", () => {
  it("stores the quote at code point offsets, moves the assignment to in progress and audits both", () => {
    const documentId = plantDocument();
    const outcome = createAnnotation(db, { documentId, coderId: coder1, input: { code: brutality, start: 7, end: 15, memo: "" } });
    expect(outcome).toMatchObject({ ok: true, value: { quote: "punished", codeId: brutality } });
    expect(getAssignment(db, { documentId, coderId: coder1 })?.status).toBe("in_progress");
    expect(getAssignment(db, { documentId, coderId: coder2 })?.status).toBe("assigned");
    const audited = db.select().from(auditLog).where(and(eq(auditLog.actorId, coder1), eq(auditLog.projectId, projectId))).all();
    expect(audited.map((entry) => `${entry.entity} ${entry.action}`)).toEqual(expect.arrayContaining(["annotation create", "assignment update"]));
  });

  it("finds a code by name and stores an Arabic quote", () => {
    const documentId = plantDocument();
    const outcome = createAnnotation(db, { documentId, coderId: coder1, input: { code: "brutality against sunnis", start: 36, end: 39, memo: "" } });
    expect(outcome).toMatchObject({ ok: true, value: { quote: "قال", codeId: brutality } });
  });

  it("refuses an unknown code, a wrong quote and a span past the end with 400 messages", () => {
    const documentId = plantDocument();
    const create = (input: { code: number | string; start: number; end: number; quote?: string }) =>
      createAnnotation(db, { documentId, coderId: coder1, input: { memo: "", ...input } });
    expect(create({ code: "Boredom", start: 0, end: 3 })).toMatchObject({ ok: false, kind: "bad_request", error: expect.stringContaining('Unknown code "Boredom"') });
    expect(create({ code: brutality, start: 7, end: 15, quote: "punishe" })).toMatchObject({ ok: false, kind: "bad_request" });
    expect(create({ code: brutality, start: 40, end: 99 })).toMatchObject({ ok: false, kind: "bad_request" });
    expect(getAssignment(db, { documentId, coderId: coder1 })?.status).toBe("assigned");
  });

  it("refuses the same passage coded twice with the same code, but allows another code on it", () => {
    const documentId = plantDocument();
    const input = { code: brutality, start: 7, end: 15, memo: "" };
    expect(createAnnotation(db, { documentId, coderId: coder1, input }).ok).toBe(true);
    expect(createAnnotation(db, { documentId, coderId: coder1, input })).toMatchObject({ ok: false, kind: "conflict" });
    expect(createAnnotation(db, { documentId, coderId: coder1, input: { ...input, code: brutality + 1 } }).ok).toBe(true);
  });
});

describe("updateAnnotation and deleteAnnotation", () => {
  it("change only the owner's annotations and answer not found to another coder", () => {
    const documentId = plantDocument();
    const created = createAnnotation(db, { documentId, coderId: coder1, input: { code: brutality, start: 7, end: 15, memo: "" } });
    if (!created.ok) throw new Error(created.error);
    const id = created.value.id;
    expect(updateAnnotation(db, { id, coderId: coder2, changes: { memo: "mine now" } })).toMatchObject({ ok: false, kind: "not_found" });
    expect(deleteAnnotation(db, { id, coderId: coder2 })).toMatchObject({ ok: false, kind: "not_found" });
    expect(updateAnnotation(db, { id, coderId: coder1, changes: { end: 19, memo: "widened" } })).toMatchObject({
      ok: true,
      value: { quote: "punished men", memo: "widened" },
    });
    expect(deleteAnnotation(db, { id, coderId: coder1 }).ok).toBe(true);
    expect(getAnnotationsByDocumentAndCoder(db, { documentId, coderId: coder1 })).toEqual([]);
  });

  it("audit each change with the row before and after, and nothing for a refused one", () => {
    const documentId = plantDocument();
    const created = createAnnotation(db, { documentId, coderId: coder1, input: { code: brutality, start: 7, end: 15, memo: "" } });
    if (!created.ok) throw new Error(created.error);
    const id = created.value.id;
    updateAnnotation(db, { id, coderId: coder2, changes: { memo: "mine now" } });
    updateAnnotation(db, { id, coderId: coder1, changes: { memo: "widened", end: 19 } });
    deleteAnnotation(db, { id, coderId: coder1 });

    const entries = db.select().from(auditLog).where(and(eq(auditLog.entity, "annotation"), eq(auditLog.entityId, id))).all();
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["create", coder1],
      ["update", coder1],
      ["delete", coder1],
    ]);
    expect(entries[1]!.before).toMatchObject({ quote: "punished", memo: "" });
    expect(entries[1]!.after).toMatchObject({ quote: "punished men", memo: "widened" });
    expect(entries[2]!.before).toMatchObject({ quote: "punished men", memo: "widened" });
  });
});

describe("submit and reopen", () => {
  it("freezes the coder's layer while submitted and reopens it until the round is locked", () => {
    const documentId = plantDocument();
    const ids = { documentId, projectId, coderId: coder1 };
    expect(submitAssignment(db, ids)).toMatchObject({ ok: true, value: { status: "submitted" } });
    expect(createAnnotation(db, { documentId, coderId: coder1, input: { code: brutality, start: 7, end: 15, memo: "" } })).toMatchObject({
      ok: false,
      kind: "conflict",
      error: "This document is submitted; reopen it to change its coding.",
    });
    expect(reopenAssignment(db, ids)).toMatchObject({ ok: true, value: { status: "in_progress", submittedAt: null } });
    submitAssignment(db, ids);
    db.update(projects).set({ roundLocked: true }).where(eq(projects.id, projectId)).run();
    try {
      expect(reopenAssignment(db, ids)).toMatchObject({ ok: false, kind: "conflict", error: expect.stringContaining("locked this round") });
    } finally {
      db.update(projects).set({ roundLocked: false }).where(eq(projects.id, projectId)).run();
    }
  });
});
