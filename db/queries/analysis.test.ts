import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { noFilters } from "@/lib/analysis/test-corpus";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { annotations, auditLog, consensusAnnotations, speakers } from "../schema";
import { getAnalysisCorpus, getFilteredStatementIds, getPassagesByCode, getQuoteItems, loadAnalysis, resolveAnalysisSource } from "./analysis";
import { getCodesByProject } from "./codes";
import { insertAssignments, insertDocument } from "./documents";
import { insertProjectWithDefaultCodebook, upsertMember } from "./projects";
import { decideSuggestion, getSuggestionById, getSuggestionsByDocument, insertSuggestions } from "./suggestions";
import { insertUser } from "./users";

let db: Db;
let projectId: number;
let coders: number[];
let codeIds: number[];
let documentIds: number[];
const TEXT = "We came to fight the regime. They sent us against other brigades instead.";

/**
 * A project of two statements: coders A and B both mark "fight the regime" with code 1 (one passage, two coders) and
 * A alone "other brigades" with code 1; nothing is in the consensus at first.
 */
beforeAll(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  db.transaction((tx) => {
    projectId = insertProjectWithDefaultCodebook(tx, { name: "Analysis queries", description: "", actorId: null }).id;
    coders = ["coder-a", "coder-b"].map((login) => insertUser(tx, { login, displayName: login, passwordHash: "x", role: "member" }).id);
    for (const coderId of coders) upsertMember(tx, { projectId, userId: coderId, role: "coder", actorId: null });
    codeIds = getCodesByProject(tx, { projectId }).map((code) => code.id);
    const speakerId = tx.insert(speakers).values({ projectId, alias: "A", country: "Syria", region: "Syria", defectionDate: "2015-03" }).returning().get().id;
    documentIds = ["2015-04-01", "2016-01-01"].map(
      (statementDate, index) =>
        insertDocument(tx, {
          actorId: null,
          values: { projectId, speakerId: index === 0 ? speakerId : null, title: `S${index}`, text: TEXT, contentHash: "h", length: TEXT.length, statementDate },
        }).id,
    );
    insertAssignments(tx, { projectId, documentIds, coderIds: coders, actorId: null });
    const span = (start: number, end: number) => ({ start, end, quote: TEXT.slice(start, end) });
    for (const coderId of coders) tx.insert(annotations).values({ documentId: documentIds[0]!, coderId, codeId: codeIds[0]!, ...span(11, 27) }).run();
    tx.insert(annotations).values({ documentId: documentIds[0]!, coderId: coders[0]!, codeId: codeIds[0]!, ...span(50, 64) }).run();
  });
});

describe("resolveAnalysisSource and getAnalysisCorpus", () => {
  it("defaults to any coder while there is no consensus, counting a span two coders marked once", () => {
    const resolved = resolveAnalysisSource(db, { projectId, requested: null });
    expect(resolved).toEqual({ ok: true, value: { source: { kind: "any" }, chosen: "default" } });
    const corpus = getAnalysisCorpus(db, { projectId, source: { kind: "any" } });
    expect(corpus.codings).toEqual([{ documentId: documentIds[0], codeId: codeIds[0], passages: 2 }]);
    expect(getPassagesByCode(db, { projectId, source: { kind: "any" }, codeId: codeIds[0]! })).toHaveLength(2);
  });

  it("reads one coder's layer, and refuses a login that has not coded in the project", () => {
    const coderB = resolveAnalysisSource(db, { projectId, requested: { kind: "coder", login: "coder-b" } });
    expect(coderB.ok && coderB.value.source).toEqual({ kind: "coder", login: "coder-b", coderId: coders[1] });
    if (!coderB.ok) throw new Error(coderB.error);
    expect(getAnalysisCorpus(db, { projectId, source: coderB.value.source }).codings[0]!.passages).toBe(1);
    expect(resolveAnalysisSource(db, { projectId, requested: { kind: "coder", login: "nobody" } })).toEqual({
      ok: false,
      error: 'unknown coder "nobody": not a coder of this project',
    });
  });

  it("switches the default to the consensus once a passage is adjudicated", () => {
    db.insert(consensusAnnotations).values({ documentId: documentIds[1]!, codeId: codeIds[3]!, start: 0, end: 7, quote: "We came", createdById: coders[0]! }).run();
    const loaded = loadAnalysis(db, { projectId, request: { source: null, filters: { ...noFilters, from: "2016" } } });
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.value.source).toEqual({ kind: "consensus" });
    expect(loaded.value.selection.codings).toEqual([{ documentId: documentIds[1], codeId: codeIds[3], passages: 1 }]);
    const [item] = getQuoteItems(db, { source: loaded.value.source, selection: loaded.value.selection, passages: getPassagesByCode(db, { projectId, source: loaded.value.source, codeId: codeIds[3]! }) });
    expect(item).toMatchObject({ quote: "We came", before: "", after: " to fight the regime. They sent us against", speaker: null, href: `/documents/${documentIds[1]}#0-7` });
  });

  it("lists the statements the filters select, or null without filters", () => {
    expect(getFilteredStatementIds(db, { projectId, filters: noFilters })).toBeNull();
    expect(getFilteredStatementIds(db, { projectId, filters: { ...noFilters, region: "Syria" } })).toEqual([documentIds[0]]);
  });
});

describe("suggestions (db/queries/suggestions.ts)", () => {
  it("suggests each span once, and a coder's acceptance writes their own annotation with an audit row", () => {
    const spans = [{ documentId: documentIds[1]!, start: 29, end: 73, quote: TEXT.slice(29, 73) }];
    const first = db.transaction((tx) => insertSuggestions(tx, { projectId, codeId: codeIds[0]!, origin: "brigades", spans, actorId: coders[0]! }));
    const again = db.transaction((tx) => insertSuggestions(tx, { projectId, codeId: codeIds[0]!, origin: "brigades", spans, actorId: coders[0]! }));
    expect([first, again]).toEqual([{ created: 1, existing: 0 }, { created: 0, existing: 1 }]);

    const [listed] = getSuggestionsByDocument(db, { documentId: documentIds[1]!, coderId: coders[1]!, withCounts: true, withLearned: true });
    expect(listed).toMatchObject({ origin: "brigades", quote: "They sent us against other brigades instead.", decision: null, accepted: 0 });
    const suggestion = getSuggestionById(db, { id: listed!.id })!;
    const outcome = db.transaction((tx) => decideSuggestion(tx, { suggestion, coderId: coders[1]!, projectId, decision: "accepted" }));
    expect(outcome).toMatchObject({ ok: true, decision: "accepted" });
    const annotation = db.select().from(annotations).where(eq(annotations.id, outcome.ok ? outcome.annotationId! : 0)).get();
    expect(annotation).toMatchObject({ coderId: coders[1], codeId: codeIds[0], start: 29, end: 73, quote: suggestion.quote });
    const audited = db.select().from(auditLog).where(eq(auditLog.entity, "annotation")).all();
    expect(audited.some((row) => row.entityId === annotation!.id && row.actorId === coders[1])).toBe(true);
    expect(getSuggestionsByDocument(db, { documentId: documentIds[1]!, coderId: coders[0]!, withCounts: true, withLearned: true })[0]).toMatchObject({ decision: null, accepted: 1 });
    // Blind coding: without counts, nothing of the other coder's decision shows.
    expect(getSuggestionsByDocument(db, { documentId: documentIds[1]!, coderId: coders[0]!, withCounts: false, withLearned: true })[0]).not.toHaveProperty("accepted");

    const twice = db.transaction((tx) => decideSuggestion(tx, { suggestion, coderId: coders[1]!, projectId, decision: "rejected" }));
    expect(twice).toEqual({ ok: false, reason: "decided", message: "You have accepted this suggestion already." });
    const rejected = db.transaction((tx) => decideSuggestion(tx, { suggestion, coderId: coders[0]!, projectId, decision: "rejected" }));
    expect(rejected).toEqual({ ok: true, decision: "rejected", annotationId: null });
  });
});
