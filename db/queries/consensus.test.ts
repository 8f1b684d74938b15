import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { annotations, assignments, auditLog, documents } from "../schema";
import { DEMO_PROJECT_NAME, seedDemo } from "../seed/seed-demo";
import { getCodesByProject } from "./codes";
import { insertDocument } from "./documents";
import { acceptAgreedSpans, createConsensusAnnotation, deleteConsensusAnnotation, rejectAnnotation, setAdjudication, updateConsensusAnnotation } from "./consensus";
import { getProjectByName } from "./projects";
import { getConsensusByDocument, getRejectionsByDocument, getSubmittedAnnotations, loadReview } from "./review";
import { getUserByLogin } from "./users";

let db: Db;
let supervisor: number;
let projectId: number;
let copies = 0;

/** A fresh copy of a demo statement with its three submitted codings, so each test starts with no consensus. */
function copyOfDemoStatement(title: string): number {
  return db.transaction((tx) => {
    const source = tx.select().from(documents).where(and(eq(documents.projectId, projectId), eq(documents.title, title))).get()!;
    const { text, contentHash, length } = source;
    const id = insertDocument(tx, { actorId: null, values: { projectId, title: `${title} ${++copies}`, text, contentHash, length } }).id;
    for (const { coderId, status } of tx.select().from(assignments).where(eq(assignments.documentId, source.id)).all()) {
      tx.insert(assignments).values({ documentId: id, coderId, status }).run();
    }
    for (const { coderId, codeId, start, end, quote } of tx.select().from(annotations).where(eq(annotations.documentId, source.id)).all()) {
      tx.insert(annotations).values({ documentId: id, coderId, codeId, start, end, quote }).run();
    }
    return id;
  });
}

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  await seedDemo(db);
  projectId = getProjectByName(db, { name: DEMO_PROJECT_NAME })!.id;
  supervisor = getUserByLogin(db, { login: "supervisor" })!.id;
});

describe("acceptAgreedSpans", () => {
  it("adds each span all three coders agree on once, moves the adjudication to in progress and audits it", () => {
    // Umm Yusuf: one phrase coded 4 by all three coders, two phrases by two coders each (db/seed/demo-corpus.ts).
    const documentId = copyOfDemoStatement("Umm Yusuf, radio interview");
    expect(acceptAgreedSpans(db, { documentId, actorId: supervisor })).toEqual({ ok: true, value: { added: 1, alreadyInConsensus: 0 } });
    expect(acceptAgreedSpans(db, { documentId, actorId: supervisor })).toEqual({ ok: true, value: { added: 0, alreadyInConsensus: 1 } });
    const [consensus] = getConsensusByDocument(db, { documentId });
    expect(consensus?.quote).toBe("The house we were given had no water and the windows were covered with plastic");
    expect(loadReview(db, { documentId })?.adjudication.status).toBe("in_progress");
    const audited = db.select().from(auditLog).where(eq(auditLog.entity, "consensus_annotation")).all();
    expect(audited.some((row) => row.entityId === consensus!.id && row.action === "create" && row.actorId === supervisor)).toBe(true);
  });
});

describe("createConsensusAnnotation", () => {
  it("accepts a coder's annotation with its code, span and quote, and refuses it twice", () => {
    const documentId = copyOfDemoStatement("Abu Hamza, statement to researchers");
    const source = getSubmittedAnnotations(db, { documentId }).find((annotation) => annotation.coder === "coder3" && annotation.quote.startsWith("I saw prisoners"))!;
    const outcome = createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { source: source.id, memo: "A fight against a tribe's men." } });
    expect(outcome).toMatchObject({ ok: true, value: { codeId: source.codeId, start: source.start, end: source.end, sourceAnnotationId: source.id } });
    expect(createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { source: source.id, memo: "" } })).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("refuses a drawn span whose quote differs from the text, and a code of another project", () => {
    const documentId = copyOfDemoStatement("Abu Hamza, statement to researchers");
    const code = getCodesByProject(db, { projectId })[0]!.id;
    const wrongQuote = createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { code, start: 0, end: 6, quote: "nobody", memo: "" } });
    expect(wrongQuote).toMatchObject({ ok: false, kind: "bad_request" });
    expect(wrongQuote.ok || wrongQuote.error).toContain("The quote does not match the text at 0–6");
    const unknown = createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { code: 999_999, start: 0, end: 6, memo: "" } });
    expect(unknown.ok || unknown.error).toContain("Unknown code 999999");
  });

  it("refuses any change once the adjudication is marked done, until it is set back to in progress", () => {
    const documentId = copyOfDemoStatement("Mehmet, newspaper interview");
    const code = getCodesByProject(db, { projectId })[0]!.id;
    expect(setAdjudication(db, { documentId, actorId: supervisor, status: "done", memo: "Settled in the team meeting." })).toMatchObject({ ok: true });
    expect(createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { code, start: 0, end: 2, memo: "" } })).toMatchObject({ ok: false, kind: "conflict" });
    setAdjudication(db, { documentId, actorId: supervisor, status: "in_progress" });
    expect(createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { code, start: 0, end: 2, memo: "" } })).toMatchObject({ ok: true, value: { quote: "We" } });
    expect(loadReview(db, { documentId })?.adjudication.memo).toBe("Settled in the team meeting.");
  });
});

describe("accepting one code where coders chose different codes", () => {
  it("rejects the other coders' annotations with it, in one step, with the same memo", () => {
    const documentId = copyOfDemoStatement("Mehmet, newspaper interview");
    const [chosen, other] = getSubmittedAnnotations(db, { documentId }).filter((annotation) => annotation.coder !== "coder1").slice(0, 2);
    const outcome = createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { source: chosen!.id, memo: "Fits the definition.", rejectOthers: [other!.id] } });
    expect(outcome).toMatchObject({ ok: true, value: { sourceAnnotationId: chosen!.id, rejected: [other!.id] } });
    expect(getRejectionsByDocument(db, { documentId })).toMatchObject([{ annotationId: other!.id, memo: "Fits the definition." }]);
  });

  it("refuses, writing nothing, to reject the accepted annotation itself or one of another document", () => {
    const documentId = copyOfDemoStatement("Mehmet, newspaper interview");
    const foreign = getSubmittedAnnotations(db, { documentId: copyOfDemoStatement("Abu Hamza, statement to researchers") })[0]!;
    const chosen = getSubmittedAnnotations(db, { documentId })[0]!;
    for (const rejectOthers of [[chosen.id], [foreign.id]]) {
      expect(createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { source: chosen.id, memo: "", rejectOthers } })).toMatchObject({ ok: false, kind: "bad_request" });
    }
    expect(getConsensusByDocument(db, { documentId })).toEqual([]);
    expect(getRejectionsByDocument(db, { documentId })).toEqual([]);
  });
});

describe("rejectAnnotation", () => {
  it("records the rejection with its memo and takes out a span accepted from it; accepting again withdraws it", () => {
    const documentId = copyOfDemoStatement("Mehmet, newspaper interview");
    const source = getSubmittedAnnotations(db, { documentId }).find((annotation) => annotation.coder === "coder1" && annotation.quote.startsWith("Most of the men"))!;
    createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { source: source.id, memo: "" } });
    expect(rejectAnnotation(db, { documentId, annotationId: source.id, memo: "Not about fighting the regime.", actorId: supervisor })).toEqual({
      ok: true,
      value: { annotationId: source.id, removedFromConsensus: 1 },
    });
    expect(getConsensusByDocument(db, { documentId })).toEqual([]);
    expect(getRejectionsByDocument(db, { documentId })).toMatchObject([{ annotationId: source.id, memo: "Not about fighting the regime.", by: "supervisor" }]);
    createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { source: source.id, memo: "On reflection it is." } });
    expect(getRejectionsByDocument(db, { documentId })).toEqual([]);
  });

  it("answers not found for an annotation of another document", () => {
    const documentId = copyOfDemoStatement("Mehmet, newspaper interview");
    const other = copyOfDemoStatement("Abu Hamza, statement to researchers");
    const foreign = getSubmittedAnnotations(db, { documentId: other })[0]!;
    expect(rejectAnnotation(db, { documentId, annotationId: foreign.id, memo: "", actorId: supervisor })).toMatchObject({ ok: false, kind: "not_found" });
  });
});

describe("updateConsensusAnnotation and deleteConsensusAnnotation", () => {
  it("moves a span, checking it against the text, then removes it, auditing both", () => {
    const documentId = copyOfDemoStatement("Mehmet, newspaper interview");
    const code = getCodesByProject(db, { projectId })[0]!.id;
    const created = createConsensusAnnotation(db, { documentId, actorId: supervisor, input: { code, start: 0, end: 2, memo: "" } });
    if (!created.ok) throw new Error(created.error);
    expect(updateConsensusAnnotation(db, { id: created.value.id, actorId: supervisor, changes: { end: 7, memo: "Whole phrase." } })).toMatchObject({
      ok: true,
      value: { quote: "We were", memo: "Whole phrase." },
    });
    expect(updateConsensusAnnotation(db, { id: created.value.id, actorId: supervisor, changes: { end: 100_000 } })).toMatchObject({ ok: false, kind: "bad_request" });
    expect(deleteConsensusAnnotation(db, { id: created.value.id, actorId: supervisor })).toMatchObject({ ok: true });
    const actions = db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "consensus_annotation"), eq(auditLog.entityId, created.value.id)))
      .all()
      .map((row) => row.action);
    expect(actions).toEqual(["create", "update", "delete"]);
  });
});
