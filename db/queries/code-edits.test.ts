import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCodeTree } from "@/lib/codebook/code-tree";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { auditLog } from "../schema";
import { seedDemo } from "../seed/seed-demo";
import { createAnnotation } from "./annotations";
import { createCode, moveCode, updateCodeKeyAndGroup } from "./code-edits";
import { getCodebookRows } from "./codes";
import { insertAssignments, insertDocument } from "./documents";
import { getCodeRevisions } from "./project-settings";
import { insertProject } from "./projects";
import { getUserByLogin } from "./users";

let db: Db;
let actorId: number;
let projectId: number;

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  await seedDemo(db);
  actorId = getUserByLogin(db, { login: "supervisor" })!.id;
});

beforeEach(() => {
  projectId = db.transaction((tx) => insertProject(tx, { name: `Tree ${Math.random()}`, description: "", actorId: null }).id);
});

function add(name: string, parentId: number | null = null): number {
  const outcome = db.transaction((tx) => createCode(tx, { code: { projectId, parentId, name, label: name, color: "#123456" }, actorId }));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value.id;
}

/** The tree as "name" or "parent/child" paths in display order. */
function paths(): string[] {
  const tree = buildCodeTree(getCodebookRows(db, { projectId }));
  return tree.ordered.map((node) => node.path.map((id) => tree.byId.get(id)!.code.name).join("/"));
}

const move = (codeId: number, parentId: number | null, beforeId: number | null = null) =>
  db.transaction((tx) => moveCode(tx, { projectId, codeId, parentId, beforeId, actorId }));

const auditOf = (entityId: number) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "code"), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id)
    .all();

describe("createCode", () => {
  it("adds a code at the top or last under its parent, audited", () => {
    const violence = add("Violence");
    add("Money");
    add("Executions", violence);
    add("Beatings", violence);
    expect(paths()).toEqual(["Violence", "Violence/Executions", "Violence/Beatings", "Money"]);
    expect(auditOf(violence).map((row) => row.action)).toEqual(["create"]);
  });

  it("allows one name under two parents and refuses it twice under one", () => {
    const violence = add("Violence");
    const money = add("Money");
    add("Other", violence);
    add("Other", money);
    const again = db.transaction((tx) => createCode(tx, { code: { projectId, parentId: violence, name: "Other", label: "x", color: "#123456" }, actorId }));
    expect(again).toMatchObject({ ok: false, kind: "conflict", error: 'Another code under the same parent is named "Other"; rename one of them first.' });
  });
});

describe("moveCode", () => {
  it("moves a code with its subtree under another parent, last, and audits where from and to", () => {
    const violence = add("Violence");
    const executions = add("Executions", violence);
    add("Public", executions);
    const money = add("Money");
    add("Salaries", money);
    expect(move(executions, money)).toMatchObject({ ok: true, value: { parentId: money, position: 1 } });
    expect(paths()).toEqual(["Violence", "Money", "Money/Salaries", "Money/Executions", "Money/Executions/Public"]);
    const row = auditOf(executions).at(-1)!;
    expect(row).toMatchObject({ action: "update", before: { change: "move", parentId: violence, position: 0 }, after: { change: "move", parentId: money, position: 1 } });
  });

  it("reorders among siblings: before a given sibling, or last", () => {
    const a = add("A");
    const b = add("B");
    const c = add("C");
    expect(move(c, null, a).ok).toBe(true);
    expect(paths()).toEqual(["C", "A", "B"]);
    expect(move(c, null).ok).toBe(true);
    expect(paths()).toEqual(["A", "B", "C"]);
    expect(move(a, null, c).ok).toBe(true);
    expect(paths()).toEqual(["B", "A", "C"]);
    expect(move(b, null, b)).toMatchObject({ ok: false, kind: "bad_request" });
  });

  it("audits nothing when the code stays where it was", () => {
    const a = add("A");
    const b = add("B");
    expect(move(a, null, b)).toMatchObject({ ok: true, value: { id: a, position: 0 } });
    expect(auditOf(a).map((row) => row.action)).toEqual(["create"]);
  });

  it("moves a code to the top level", () => {
    const violence = add("Violence");
    const executions = add("Executions", violence);
    expect(move(executions, null).ok).toBe(true);
    expect(paths()).toEqual(["Violence", "Executions"]);
  });

  it("refuses to move a code under itself or one of its descendants, changing nothing", () => {
    const violence = add("Violence");
    const executions = add("Executions", violence);
    const publicOnes = add("Public", executions);
    expect(move(violence, publicOnes)).toMatchObject({ ok: false, kind: "bad_request", error: '"Violence" cannot move under itself or one of its own sub-codes.' });
    expect(move(violence, violence)).toMatchObject({ ok: false, kind: "bad_request" });
    expect(paths()).toEqual(["Violence", "Violence/Executions", "Violence/Executions/Public"]);
    expect(auditOf(violence).map((row) => row.action)).toEqual(["create"]);
  });

  it("refuses a move where a sibling has the same name, and a parent of another project", () => {
    const violence = add("Violence");
    add("Other", violence);
    const other = add("Other");
    expect(move(other, violence)).toMatchObject({ ok: false, kind: "conflict" });
    const foreign = db.transaction((tx) => insertProject(tx, { name: `Foreign ${Math.random()}`, description: "", actorId: null }).id);
    const foreignCode = db.transaction((tx) => createCode(tx, { code: { projectId: foreign, parentId: null, name: "F", label: "F", color: "#123456" }, actorId }));
    expect(move(other, foreignCode.ok ? foreignCode.value.id : -1)).toMatchObject({ ok: false, kind: "not_found" });
  });

  it("is not listed among the revisions of wording", () => {
    const violence = add("Violence");
    const money = add("Money");
    move(money, violence);
    expect(getCodeRevisions(db, { projectId })).toEqual([]);
  });
});

describe("updateCodeKeyAndGroup", () => {
  const update = (codeId: number, shortcut: string | null, isGroup: boolean) =>
    db.transaction((tx) => updateCodeKeyAndGroup(tx, { projectId, codeId, shortcut, isGroup, actorId }));

  it("gives a key unique in the project, audited", () => {
    const a = add("A");
    const b = add("B");
    expect(update(a, "5", false)).toMatchObject({ ok: true, value: { shortcut: "5" } });
    expect(update(b, "5", false)).toMatchObject({ ok: false, kind: "conflict", error: 'Key 5 already codes "A"; clear it there first.' });
    expect(update(a, null, false)).toMatchObject({ ok: true, value: { shortcut: null } });
    expect(auditOf(a).at(-1)).toMatchObject({ before: { change: "key-and-group", shortcut: "5" }, after: { shortcut: null } });
  });

  it("makes a code a group, which the annotation API then refuses, and refuses a group for a code with codings", () => {
    const violence = add("Violence");
    const executions = add("Executions", violence);
    const coderId = getUserByLogin(db, { login: "coder1" })!.id;
    const documentId = db.transaction((tx) => {
      const id = insertDocument(tx, { actorId: null, values: { projectId, title: "t", text: "They killed him.", contentHash: "h", length: 16 } }).id;
      insertAssignments(tx, { projectId, documentIds: [id], coderIds: [coderId], actorId: null });
      return id;
    });
    expect(update(violence, null, true)).toMatchObject({ ok: true, value: { isGroup: true } });
    expect(createAnnotation(db, { documentId, coderId, input: { code: violence, start: 5, end: 11, memo: "" } })).toMatchObject({
      ok: false,
      kind: "bad_request",
      error: '"Violence" is a group of codes and cannot be coded; choose one of its codes.',
    });
    expect(createAnnotation(db, { documentId, coderId, input: { code: executions, start: 5, end: 11, memo: "" } }).ok).toBe(true);
    expect(update(executions, null, true)).toMatchObject({ ok: false, kind: "conflict", error: '"Executions" carries 1 codings; merge them into another code before making it a group.' });
  });
});
