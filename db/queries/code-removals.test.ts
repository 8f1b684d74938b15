import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCodeTree } from "@/lib/codebook/code-tree";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { annotations, auditLog, codes, consensusAnnotations, setCodes, sets, suggestions } from "../schema";
import { seedDemo } from "../seed/seed-demo";
import { createCode } from "./code-edits";
import { deleteCode, mergeCode, previewMerge } from "./code-removals";
import { getCodebookRows } from "./codes";
import { insertDocument } from "./documents";
import { insertProject } from "./projects";
import { getUserByLogin } from "./users";

let db: Db;
let actorId: number;
let coder1: number;
let coder2: number;
let projectId: number;
let documentId: number;
const TEXT = "They killed him in the square.";

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  await seedDemo(db);
  actorId = getUserByLogin(db, { login: "supervisor" })!.id;
  coder1 = getUserByLogin(db, { login: "coder1" })!.id;
  coder2 = getUserByLogin(db, { login: "coder2" })!.id;
});

beforeEach(() => {
  projectId = db.transaction((tx) => insertProject(tx, { name: `Merge ${Math.random()}`, description: "", actorId: null }).id);
  documentId = db.transaction((tx) => insertDocument(tx, { actorId: null, values: { projectId, title: "t", text: TEXT, contentHash: "h", length: TEXT.length } }).id);
});

function add(name: string, parentId: number | null = null): number {
  const outcome = db.transaction((tx) => createCode(tx, { code: { projectId, parentId, name, label: name, color: "#123456" }, actorId }));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value.id;
}

function code(codeId: number, coderId: number, start: number, end: number, memo = ""): number {
  return db.insert(annotations).values({ documentId, coderId, codeId, start, end, quote: TEXT.slice(start, end), memo }).returning().get().id;
}

function agree(codeId: number, start: number, end: number): number {
  return db.insert(consensusAnnotations).values({ documentId, codeId, start, end, quote: TEXT.slice(start, end), createdById: actorId }).returning().get().id;
}

function paths(): string[] {
  const tree = buildCodeTree(getCodebookRows(db, { projectId }));
  return tree.ordered.map((node) => node.path.map((id) => tree.byId.get(id)!.code.name).join("/"));
}

const annotationsOf = (codeId: number) => db.select().from(annotations).where(eq(annotations.codeId, codeId)).orderBy(annotations.id).all();
const auditOf = (entity: "code" | "annotation" | "consensus_annotation" | "suggestion", entityId: number) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id)
    .all();

describe("mergeCode", () => {
  it("previews the codings that move and those that collapse, then moves them and collapses a coder's duplicates", () => {
    const a = add("Killing");
    const b = add("Executions");
    const movedId = code(a, coder1, 5, 11);
    const duplicate = code(a, coder1, 0, 4, "said twice");
    const kept = code(b, coder1, 0, 4);
    const otherCoder = code(a, coder2, 0, 4);
    agree(a, 0, 4);
    agree(b, 0, 4);

    expect(previewMerge(db, { projectId, sourceId: a, targetId: b })).toEqual({ ok: true, value: { annotations: 3, duplicates: 1, consensus: 1, consensusDuplicates: 1 } });
    const outcome = db.transaction((tx) => mergeCode(tx, { projectId, sourceId: a, targetId: b, actorId }));
    expect(outcome).toMatchObject({ ok: true, value: { moved: 2, collapsed: 1, consensusMoved: 0, consensusCollapsed: 1, children: [] } });

    expect(annotationsOf(b).map((row) => [row.id, row.coderId, row.start, row.memo])).toEqual([
      [movedId, coder1, 5, ""],
      [kept, coder1, 0, "said twice"],
      [otherCoder, coder2, 0, ""],
    ]);
    expect(db.select().from(annotations).where(eq(annotations.id, duplicate)).get()).toBeUndefined();
    expect(db.select().from(consensusAnnotations).where(eq(consensusAnnotations.documentId, documentId)).all().map((row) => row.codeId)).toEqual([b]);
    expect(paths()).toEqual(["Executions"]);
    expect(getCodebookRows(db, { projectId })).toMatchObject([{ id: b, annotations: 3, consensus: 1 }]);
  });

  it("records in the audit log what moved, what collapsed and the code it merged into", () => {
    const a = add("Killing");
    const b = add("Executions");
    const movedId = code(a, coder1, 5, 11);
    const duplicate = code(a, coder1, 0, 4);
    const kept = code(b, coder1, 0, 4);
    db.transaction((tx) => mergeCode(tx, { projectId, sourceId: a, targetId: b, actorId }));

    expect(auditOf("code", a).at(-1)).toMatchObject({
      actorId,
      action: "delete",
      before: { id: a, name: "Killing" },
      after: { change: "merge", mergedInto: b, moved: 1, collapsed: 1, consensusMoved: 0, consensusCollapsed: 0, suggestionsMoved: 0, children: [] },
    });
    expect(auditOf("annotation", movedId)).toMatchObject([{ action: "update", before: { codeId: a }, after: { codeId: b } }]);
    expect(auditOf("annotation", duplicate)).toMatchObject([{ action: "delete", before: { codeId: a }, after: { collapsedInto: kept } }]);
  });

  it("moves the source's sub-codes, set memberships and suggestions to the target", () => {
    const a = add("Violence");
    add("Beatings", a);
    const b = add("Harm");
    add("Threats", b);
    const set = db.insert(sets).values({ projectId, name: "S" }).returning().get().id;
    db.insert(setCodes).values({ setId: set, codeId: a }).run();
    const suggested = db.insert(suggestions).values({ documentId, codeId: a, start: 5, end: 11, quote: TEXT.slice(5, 11), origin: "search", createdById: actorId }).returning().get().id;
    expect(db.transaction((tx) => mergeCode(tx, { projectId, sourceId: a, targetId: b, actorId })).ok).toBe(true);
    expect(auditOf("suggestion", suggested)).toMatchObject([{ action: "update", before: { codeId: a }, after: { codeId: b } }]);
    expect(paths()).toEqual(["Harm", "Harm/Threats", "Harm/Beatings"]);
    expect(db.select().from(setCodes).where(eq(setCodes.setId, set)).all()).toEqual([{ setId: set, codeId: b }]);
  });

  it("merges a parent into its own sub-code: the other sub-codes move up beside it", () => {
    const a = add("Violence");
    const b = add("Executions", a);
    add("Beatings", a);
    add("Money");
    expect(db.transaction((tx) => mergeCode(tx, { projectId, sourceId: a, targetId: b, actorId })).ok).toBe(true);
    expect(paths()).toEqual(["Executions", "Beatings", "Money"]);
  });

  it("refuses a merge into itself, into a group when there are codings, and where a sub-code's name is taken", () => {
    const a = add("Violence");
    const group = add("Group");
    code(a, coder1, 0, 4);
    expect(db.transaction((tx) => mergeCode(tx, { projectId, sourceId: a, targetId: a, actorId }))).toMatchObject({ ok: false, kind: "bad_request" });
    db.update(codes).set({ isGroup: true }).where(eq(codes.id, group)).run();
    expect(db.transaction((tx) => mergeCode(tx, { projectId, sourceId: a, targetId: group, actorId }))).toMatchObject({ ok: false, kind: "bad_request" });
    const b = add("Harm");
    add("Threats", a);
    add("Threats", b);
    expect(db.transaction((tx) => mergeCode(tx, { projectId, sourceId: a, targetId: b, actorId }))).toMatchObject({ ok: false, kind: "conflict" });
    expect(annotationsOf(a)).toHaveLength(1);
  });
});

describe("deleteCode", () => {
  it("deletes a code with its codings, answers how many, and audits each deletion", () => {
    const a = add("Killing");
    const b = add("Executions");
    const gone = [code(a, coder1, 0, 4), code(a, coder2, 0, 4)];
    const other = code(b, coder1, 0, 4);
    const agreed = agree(a, 0, 4);
    const suggested = db.insert(suggestions).values({ documentId, codeId: a, start: 5, end: 11, quote: TEXT.slice(5, 11), origin: "search", createdById: actorId }).returning().get().id;
    const outcome = db.transaction((tx) => deleteCode(tx, { projectId, codeId: a, actorId }));
    expect(outcome).toEqual({ ok: true, value: { annotations: 2, consensus: 1, suggestions: 1, children: [] } });
    expect(auditOf("suggestion", suggested)).toMatchObject([{ action: "delete", before: { codeId: a, origin: "search" } }]);
    expect(db.select().from(annotations).where(eq(annotations.documentId, documentId)).all().map((row) => row.id)).toEqual([other]);
    expect(auditOf("code", a).at(-1)).toMatchObject({ action: "delete", before: { name: "Killing" }, after: { change: "delete", annotations: 2, consensus: 1 } });
    for (const id of gone) expect(auditOf("annotation", id)).toMatchObject([{ action: "delete", actorId, before: { id, codeId: a } }]);
    expect(auditOf("consensus_annotation", agreed)).toMatchObject([{ action: "delete", before: { codeId: a } }]);
  });

  it("keeps the sub-codes: they move up into the deleted code's place", () => {
    const a = add("A");
    const b = add("B");
    const b1 = add("B1", b);
    add("B2", b);
    add("C");
    const outcome = db.transaction((tx) => deleteCode(tx, { projectId, codeId: b, actorId }));
    expect(outcome).toMatchObject({ ok: true, value: { children: [b1, b1 + 1] } });
    expect(paths()).toEqual(["A", "B1", "B2", "C"]);
    expect(auditOf("code", b1).at(-1)).toMatchObject({ action: "update", before: { change: "move", parentId: b }, after: { change: "move", parentId: null, position: 1 } });
    expect(db.transaction((tx) => deleteCode(tx, { projectId, codeId: a + 1000, actorId }))).toMatchObject({ ok: false, kind: "not_found" });
  });

  it("refuses when a sub-code's name is taken where it would move up, deleting nothing", () => {
    const a = add("A");
    add("Other", a);
    add("Other");
    code(a, coder1, 0, 4);
    expect(db.transaction((tx) => deleteCode(tx, { projectId, codeId: a, actorId }))).toMatchObject({ ok: false, kind: "conflict" });
    expect(annotationsOf(a)).toHaveLength(1);
  });
});
