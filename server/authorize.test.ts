import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getCodesByProject } from "@/db/queries/codes";
import { getAssignedDocumentsByCoder, insertAssignments, insertDocument } from "@/db/queries/documents";
import { getProjectByName, insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { DEMO_PROJECT_NAME, seedDemo } from "@/db/seed/seed-demo";
import { annotations, consensusAnnotations, projects, suggestions } from "@/db/schema";
import {
  adminDocument,
  adminOnly,
  adminProject,
  analysisAccess,
  annotationAccess,
  authorize,
  codeAccess,
  consensusAccess,
  documentAccess,
  layerAccess,
  projectAccess,
  signedIn,
  suggestionAccess,
} from "./authorize";
import { AppError } from "./errors";
import type { SessionUser } from "./session-user";

let db: Db;
let demoProjectId: number;
let otherProjectId: number;
let otherDocumentId: number;
let unassignedDemoDocumentId: number;
let otherAnnotationId: number;
let otherConsensusId: number;
let otherSuggestionId: number;
let otherCodeId: number;
const FREE_ID = 999_999;
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
    // The other project's coding, for the rules' "another project's id answers as a free id".
    upsertMember(tx, { projectId: otherProjectId, userId: user("coder3").id, role: "coder", actorId: null });
    insertAssignments(tx, { projectId: otherProjectId, documentIds: [otherDocumentId], coderIds: [user("coder3").id], actorId: null });
    otherCodeId = getCodesByProject(tx, { projectId: otherProjectId })[0]!.id;
    const span = { documentId: otherDocumentId, codeId: otherCodeId, start: 0, end: 4, quote: "text" };
    otherAnnotationId = tx.insert(annotations).values({ ...span, coderId: user("coder3").id }).returning().get().id;
    otherConsensusId = tx.insert(consensusAnnotations).values({ ...span, createdById: user("coder2").id }).returning().get().id;
    otherSuggestionId = tx.insert(suggestions).values({ ...span, origin: "q", createdById: user("coder2").id }).returning().get().id;
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
    expect(authorize(db, user("coder1"), documentAccess(assigned.id, ["coder"])).document.id).toBe(assigned.id);
    expect(refusal(() => authorize(db, user("coder1"), documentAccess(unassignedDemoDocumentId, ["coder"])))).toEqual({ kind: "not_found", status: 404 });
  });

  it("lets a supervisor reach every document of their project, and none of another project", () => {
    expect(authorize(db, user("supervisor"), documentAccess(unassignedDemoDocumentId, ["supervisor"])).document.id).toBe(unassignedDemoDocumentId);
    expect(refusal(() => authorize(db, user("supervisor"), documentAccess(otherDocumentId, ["supervisor"])))).toEqual({ kind: "not_found", status: 404 });
  });

  it("answers 404 for a document that does not exist", () => {
    expect(refusal(() => authorize(db, user("supervisor"), documentAccess(999_999, ["supervisor"])))).toEqual({ kind: "not_found", status: 404 });
  });
});

/** The same refusal for another project's id as for an id that does not exist: nothing tells which ids exist. */
function sameAsFree(rule: (id: number) => Parameters<typeof authorize>[2], otherId: number, login = "coder1") {
  const other = refusalMessage(() => authorize(db, user(login), rule(otherId)));
  const free = refusalMessage(() => authorize(db, user(login), rule(FREE_ID)));
  expect(other).toEqual(free);
  expect(other?.status).toBe(404);
}

function refusalMessage(run: () => unknown): { status: number; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, message: error.message };
    throw error;
  }
}

const demoAnnotation = (login: string) => db.select().from(annotations).where(eq(annotations.coderId, user(login).id)).get()!;

describe("authorize, a rule per resource", () => {
  it("document: with a project, another project's document answers as a free id, and the grant is the document", () => {
    sameAsFree((id) => documentAccess(id, ["supervisor"], demoProjectId), otherDocumentId, "supervisor");
    expect(authorize(db, user("supervisor"), documentAccess(unassignedDemoDocumentId, ["supervisor"], demoProjectId)).document.id).toBe(unassignedDemoDocumentId);
  });

  it("annotation: its owner only; another coder's, another project's and a free id all answer the same 404", () => {
    const own = demoAnnotation("coder1");
    expect(authorize(db, user("coder1"), annotationAccess(own.id)).annotation.id).toBe(own.id);
    sameAsFree(annotationAccess, otherAnnotationId);
    sameAsFree(annotationAccess, demoAnnotation("coder2").id);
    expect(refusal(() => authorize(db, user("supervisor"), annotationAccess(own.id)))).toEqual({ kind: "not_found", status: 404 });
  });

  it("consensus: supervisors of its project; another project's answers as a free id", () => {
    sameAsFree(consensusAccess, otherConsensusId, "supervisor");
    expect(authorize(db, user("coder2"), consensusAccess(otherConsensusId)).consensus.id).toBe(otherConsensusId);
  });

  it("suggestion: the coders of its statement in the named project; under another project's id it answers as a free id", () => {
    expect(authorize(db, user("coder3"), suggestionAccess(otherProjectId, otherSuggestionId)).suggestion.id).toBe(otherSuggestionId);
    sameAsFree((id) => suggestionAccess(demoProjectId, id), otherSuggestionId, "coder3");
    sameAsFree((id) => suggestionAccess(otherProjectId, id), otherSuggestionId);
  });

  it("suggestion: a learned one answers as a free id until a supervisor shows learned suggestions for the round", () => {
    const learnedId = db
      .insert(suggestions)
      .values({ documentId: otherDocumentId, codeId: otherCodeId, start: 0, end: 2, quote: "te", origin: "learned from agreed", score: 0.8, codePrecision: 0.9, createdById: user("coder2").id })
      .returning()
      .get().id;
    sameAsFree((id) => suggestionAccess(otherProjectId, id), learnedId, "coder3");
    db.update(projects).set({ suggestionsVisible: true }).where(eq(projects.id, otherProjectId)).run();
    expect(authorize(db, user("coder3"), suggestionAccess(otherProjectId, learnedId)).suggestion.id).toBe(learnedId);
    db.update(projects).set({ suggestionsVisible: false }).where(eq(projects.id, otherProjectId)).run();
  });

  it("code: supervisors of the project; a code of another project answers as a free id", () => {
    sameAsFree((id) => codeAccess(demoProjectId, id), otherCodeId, "supervisor");
    expect(authorize(db, user("coder2"), codeAccess(otherProjectId, otherCodeId)).code.id).toBe(otherCodeId);
  });

  it("layer: a coder's own, another coder's refused until revealed, a supervisor's once submitted", () => {
    const documentId = demoAnnotation("coder1").documentId;
    expect(authorize(db, user("coder1"), layerAccess(documentId, undefined)).coderId).toBe(user("coder1").id);
    expect(refusal(() => authorize(db, user("coder1"), layerAccess(documentId, "coder2")))).toEqual({ kind: "forbidden", status: 403 });
    expect(authorize(db, user("supervisor"), layerAccess(documentId, "coder1")).coderId).toBe(user("coder1").id);
  });

  it("analysis: supervisors always, coders once shared", () => {
    expect(refusal(() => authorize(db, user("coder1"), analysisAccess(demoProjectId)))).toEqual({ kind: "forbidden", status: 403 });
    db.update(projects).set({ analysisShared: true }).where(eq(projects.id, demoProjectId)).run();
    expect(authorize(db, user("coder1"), analysisAccess(demoProjectId)).project.role).toBe("coder");
    db.update(projects).set({ analysisShared: false }).where(eq(projects.id, demoProjectId)).run();
  });

  it("admin project and document: the administrator only, about a project and a document of it that exist", () => {
    expect(refusal(() => authorize(db, user("supervisor"), adminProject(demoProjectId)))).toEqual({ kind: "forbidden", status: 403 });
    expect(authorize(db, user("admin"), adminProject(otherProjectId)).project.name).toBe("Other");
    expect(refusal(() => authorize(db, user("admin"), adminProject(FREE_ID)))).toEqual({ kind: "not_found", status: 404 });
    expect(refusal(() => authorize(db, user("admin"), adminDocument(demoProjectId, otherDocumentId)))).toEqual({ kind: "not_found", status: 404 });
    expect(authorize(db, user("admin"), adminDocument(otherProjectId, otherDocumentId)).document.id).toBe(otherDocumentId);
  });
});
