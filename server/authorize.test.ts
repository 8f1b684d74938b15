import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getAssignedDocumentsByCoder, insertDocument } from "@/db/queries/documents";
import { getProjectByName, insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { DEMO_PROJECT_NAME, seedDemo } from "@/db/seed/seed-demo";
import { adminOnly, authorize, documentAccess, projectAccess, signedIn } from "./authorize";
import { AppError } from "./errors";
import type { SessionUser } from "./session-user";

let db: Db;
let demoProjectId: number;
let otherProjectId: number;
let otherDocumentId: number;
let unassignedDemoDocumentId: number;
const user = (login: string): SessionUser => getUserByLogin(db, { login })!;

function refusal(run: () => unknown): { kind: string; status: number } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AppError) return { kind: error.kind, status: error.status };
    throw error;
  }
}

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  await seedDemo(db);
  demoProjectId = getProjectByName(db, { name: DEMO_PROJECT_NAME })!.id;
  db.transaction((tx) => {
    otherProjectId = insertProjectWithDefaultCodebook(tx, { name: "Other", description: "", actorId: null }).id;
    upsertMember(tx, { projectId: otherProjectId, userId: user("coder2").id, role: "supervisor", actorId: null });
    const values = { title: "t", text: "text", contentHash: "h", length: 4 };
    otherDocumentId = insertDocument(tx, { actorId: null, values: { ...values, projectId: otherProjectId } }).id;
    unassignedDemoDocumentId = insertDocument(tx, { actorId: null, values: { ...values, projectId: demoProjectId } }).id;
  });
});

describe("authorize", () => {
  it("lets any signed-in user pass a signed-in rule", () => {
    expect(authorize(db, user("coder1"), signedIn()).user.login).toBe("coder1");
  });

  it("refuses the admin rule to a member with 403 and grants it to an administrator", () => {
    expect(refusal(() => authorize(db, user("supervisor"), adminOnly()))).toEqual({ kind: "forbidden", status: 403 });
    expect(refusal(() => authorize(db, user("admin"), adminOnly()))).toBeNull();
  });

  it("answers 404, not 403, to a non-member of a project, administrators included", () => {
    expect(refusal(() => authorize(db, user("coder1"), projectAccess(otherProjectId, ["coder", "supervisor"])))).toEqual({ kind: "not_found", status: 404 });
    expect(refusal(() => authorize(db, user("admin"), projectAccess(demoProjectId, ["supervisor"])))).toEqual({ kind: "not_found", status: 404 });
  });

  it("answers 403 to a member whose role the rule does not allow", () => {
    expect(refusal(() => authorize(db, user("coder1"), projectAccess(demoProjectId, ["supervisor"])))).toEqual({ kind: "forbidden", status: 403 });
  });

  it("grants a supervisor their project with their role", () => {
    expect(authorize(db, user("supervisor"), projectAccess(demoProjectId, ["supervisor"])).project).toEqual({ id: demoProjectId, role: "supervisor" });
  });

  it("lets a coder reach an assigned document but answers 404 for one of their project not assigned to them", () => {
    const assigned = getAssignedDocumentsByCoder(db, { coderId: user("coder1").id })[0]!;
    expect(authorize(db, user("coder1"), documentAccess(assigned.id, ["coder"])).document?.id).toBe(assigned.id);
    expect(refusal(() => authorize(db, user("coder1"), documentAccess(unassignedDemoDocumentId, ["coder"])))).toEqual({ kind: "not_found", status: 404 });
  });

  it("lets a supervisor reach every document of their project, and none of another project", () => {
    expect(authorize(db, user("supervisor"), documentAccess(unassignedDemoDocumentId, ["supervisor"])).document?.id).toBe(unassignedDemoDocumentId);
    expect(refusal(() => authorize(db, user("supervisor"), documentAccess(otherDocumentId, ["supervisor"])))).toEqual({ kind: "not_found", status: 404 });
  });

  it("answers 404 for a document that does not exist", () => {
    expect(refusal(() => authorize(db, user("supervisor"), documentAccess(999_999, ["supervisor"])))).toEqual({ kind: "not_found", status: 404 });
  });
});
