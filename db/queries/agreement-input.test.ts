import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase, type Tx } from "../client";
import { runMigrations } from "../migrate";
import { annotations, assignments, importBatches, projects, speakers, users } from "../schema";
import { type AgreementFilter, getAgreementInput } from "./agreement-input";
import { reopenAssignment, submitAssignment } from "./assignments";
import { getCodesByProject } from "./codes";
import { insertAssignments, insertDocument } from "./documents";
import { insertProjectWithDefaultCodebook } from "./projects";

const TEXT = "We were sent to fight other rebel brigades.";

let db: Db;
let projectId: number;
const titles = new Map<number, string>();

/** One statement coded by both coders: submitted on `submittedAt`, each with one annotation made on `annotatedAt`. */
function plantStatement(
  tx: Tx,
  { title, speakerId, batchId, submittedAt, annotatedAt }: { title: string; speakerId: number; batchId: number | null; submittedAt: string; annotatedAt: string },
  coderIds: number[],
  codeId: number,
) {
  const document = insertDocument(tx, {
    actorId: null,
    values: { projectId, title, text: TEXT, contentHash: title, length: TEXT.length, speakerId, importBatchId: batchId },
  });
  titles.set(document.id, title);
  for (const coderId of coderIds) {
    tx.insert(assignments).values({ documentId: document.id, coderId, status: "submitted", submittedAt: new Date(submittedAt), updatedAt: new Date(submittedAt) }).run();
    tx.insert(annotations).values({ documentId: document.id, coderId, codeId, start: 8, end: 13, quote: "sent ", updatedAt: new Date(annotatedAt) }).run();
  }
}

beforeAll(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  db.transaction((tx) => {
    projectId = insertProjectWithDefaultCodebook(tx, { name: "Filters", description: "", actorId: null }).id;
    const codeId = getCodesByProject(tx, { projectId })[0]!.id;
    const coderIds = ["coder1", "coder2"].map((login) => tx.insert(users).values({ login, displayName: login, passwordHash: "-" }).returning().get().id);
    const speaker = (alias: string, region: string, country: string, gender: string) =>
      tx.insert(speakers).values({ projectId, alias, region, country, gender }).returning().get().id;
    const north = speaker("Abu A", "Europe", "Belgium", "male");
    const south = speaker("Umm B", "Middle East", "Syria", "female");
    const batch = tx.insert(importBatches).values({ projectId, label: "interviews.csv" }).returning().get().id;
    plantStatement(tx, { title: "January", speakerId: north, batchId: batch, submittedAt: "2026-01-20", annotatedAt: "2026-01-10" }, coderIds, codeId);
    plantStatement(tx, { title: "March", speakerId: south, batchId: null, submittedAt: "2026-03-15", annotatedAt: "2026-01-12" }, coderIds, codeId);
  });
});

function selected(filter: AgreementFilter) {
  const { input, provenance } = getAgreementInput(db, { projectId, filter });
  return { titles: input.documents.map((document) => titles.get(document.id)), annotations: input.annotations.length, provenance };
}

describe("getAgreementInput's filters", () => {
  it("selects statements by the speaker's region, country or gender", () => {
    expect(selected({}).titles).toEqual(["January", "March"]);
    expect(selected({ region: "Europe" }).titles).toEqual(["January"]);
    expect(selected({ country: "Syria" }).titles).toEqual(["March"]);
    expect(selected({ gender: "male", country: "Syria" }).titles).toEqual([]);
  });

  it("selects statements by import batch", () => {
    const batch = db.select().from(importBatches).get()!.id;
    expect(selected({ importBatchId: batch }).titles).toEqual(["January"]);
  });

  it("selects codings by when they were submitted, keeping every annotation of a selected one", () => {
    // The March statement's annotations were made in January: they still count, or both coders would read as "absent".
    const march = selected({ from: "2026-03-01", to: "2026-04-01" });
    expect(march.titles).toEqual(["March"]);
    expect(march.annotations).toBe(2);
    expect(march.provenance).toMatchObject({ annotations: 2, coded_documents: 1, filter: { from: "2026-03-01" } });
    expect(selected({ to: "2026-01-20" }).titles).toEqual([]);
    expect(selected({ from: "2026-01-20", to: "2026-01-21" }).titles).toEqual(["January"]);
  });

  it("keeps only the chosen coders and codes", () => {
    const { input } = getAgreementInput(db, { projectId, filter: { coders: ["coder2"] } });
    expect(input.coders).toEqual(["coder2"]);
    expect(input.annotations.map((annotation) => annotation.coder)).toEqual(["coder2", "coder2"]);
    const otherCode = getCodesByProject(db, { projectId })[1]!.id;
    expect(selected({ codeIds: [otherCode] }).annotations).toBe(0);
  });
});

describe("getAgreementInput's round filter", () => {
  it("selects the statements whose coding was last submitted in the round, and a resubmission moves a statement on", () => {
    const roundDb = openDatabase(":memory:");
    runMigrations(roundDb);
    const { project, coderIds, documentIds } = roundDb.transaction((tx) => {
      const project = insertProjectWithDefaultCodebook(tx, { name: "Rounds", description: "", actorId: null });
      const coderIds = ["coder1", "coder2"].map((login) => tx.insert(users).values({ login, displayName: login, passwordHash: "-" }).returning().get().id);
      const documentIds = ["First", "Second"].map((title) => insertDocument(tx, { actorId: null, values: { projectId: project.id, title, text: TEXT, contentHash: title, length: TEXT.length } }).id);
      insertAssignments(tx, { projectId: project.id, documentIds, coderIds, actorId: null });
      return { project, coderIds, documentIds };
    });
    const submitAll = (documentId: number) => coderIds.forEach((coderId) => submitAssignment(roundDb, { documentId, projectId: project.id, coderId }));
    const inRound = (round: number) => getAgreementInput(roundDb, { projectId: project.id, filter: { round } }).input.documents.map((document) => document.id);
    documentIds.forEach(submitAll);
    roundDb.update(projects).set({ round: 2 }).where(eq(projects.id, project.id)).run();
    expect(inRound(1)).toEqual(documentIds);
    expect(inRound(2)).toEqual([]);

    for (const coderId of coderIds) reopenAssignment(roundDb, { documentId: documentIds[1]!, projectId: project.id, coderId });
    submitAll(documentIds[1]!);
    expect(inRound(1)).toEqual([documentIds[0]]);
    expect(inRound(2)).toEqual([documentIds[1]]);
  });
});
