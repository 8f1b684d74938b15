import { count, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getLatestSuggestionModel } from "@/db/queries/suggestion-models";
import { getSuggestionsByDocument } from "@/db/queries/suggestions";
import { annotations, suggestions } from "@/db/schema";
import { plantCorpus } from "@/lib/suggest/planted-corpus.test-support";
import { plantCodedProject, type PlantedProject } from "./plant-coded-project.test-support";
import { runSuggestionModel } from "./run-suggestion-model";

const UNCODED = ["My brother stayed home. They executed people in the square.", "It rained. The emirs kept the money for themselves. We left."];

let db: Db;
let planted: PlantedProject;
const corpus = plantCorpus({ documents: 30 });
const run = (request: Partial<Parameters<typeof runSuggestionModel>[1]>) =>
  runSuggestionModel(db, { projectId: planted.projectId, from: "coder:coder1", folds: 5, apply: false, order: "useful", actorId: planted.supervisorId, ...request }, () => {});

beforeAll(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  // Both coders coded every statement alike, except that coder2 left out the first statement's codings.
  planted = plantCodedProject(db, {
    name: "Planted",
    coded: corpus.map((document, d) => ({ ...document, readings: [document.readings[0]!, d === 0 ? [] : document.readings[0]!] })),
    uncoded: UNCODED,
  });
});

describe("runSuggestionModel", () => {
  it("measures each code on a coder's submitted work and records the evaluation", () => {
    const outcome = run({});
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value).toMatchObject({ unit: "sentence", from: "coder:coder1", folds: 5, documents_used: 30, sentences_used: 240 });
    expect(Object.keys(outcome.value.codes)).toEqual(["Fighting fellow Sunnis", "Brutality against Sunnis", "Corrupt and un-Islamic"]);
    expect(outcome.value.micro.f1).toBeGreaterThan(0.9);
    expect(outcome.value.skipped_codes).toEqual({ "Harsh and disappointing life": "0 coded sentences; at least 10 are needed" });
    expect(outcome.value).not.toHaveProperty("suggestions_written");
    expect(getLatestSuggestionModel(db, { projectId: planted.projectId })?.model).toMatchObject({ layer: "coder:coder1", folds: 5, suggestionsWritten: null });
  });

  it("labels the agreed layer with what every submitting coder coded", () => {
    const coder1 = run({});
    const agreed = run({ from: "agreed" });
    if (!coder1.ok || !agreed.ok) throw new Error("training failed");
    const support = (outcome: typeof agreed) => (outcome.ok ? Object.values(outcome.value.codes).reduce((sum, code) => sum + code.support, 0) : 0);
    expect(support(agreed)).toBe(support(coder1) - corpus[0]!.readings[0]!.length);
  });

  it("applies the model to statements not yet coded: suggestions with score and precision, no coder's annotation", () => {
    const annotationsBefore = db.select({ n: count() }).from(annotations).get()!.n;
    const outcome = run({ apply: true });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.suggestions_written).toBeGreaterThanOrEqual(2);
    const learned = db.select().from(suggestions).where(isNotNull(suggestions.score)).all();
    expect(learned.every((s) => planted.uncodedIds.includes(s.documentId) && s.score! >= 0.5 && s.codePrecision! > 0.9)).toBe(true);
    expect(learned.map((s) => s.quote)).toEqual(expect.arrayContaining(["They executed people in the square.", "The emirs kept the money for themselves."]));
    expect(db.select({ n: count() }).from(annotations).get()!.n).toBe(annotationsBefore);
    expect(run({ apply: true }).ok && db.select({ n: count() }).from(suggestions).where(eq(suggestions.origin, "learned from coder:coder1")).get()!.n).toBe(learned.length);
  });

  it("keeps learned suggestions from coders until a supervisor shows them", () => {
    const documentId = planted.uncodedIds[0]!;
    const list = (withLearned: boolean) => getSuggestionsByDocument(db, { documentId, coderId: planted.coderIds[0]!, withCounts: false, withLearned });
    expect(list(false)).toEqual([]);
    expect(list(true).length).toBeGreaterThan(0);
  });

  it("says what is wrong with the layer", () => {
    expect(run({ from: "coder:nobody" })).toEqual({ ok: false, error: 'no coder "nobody" in this project' });
    expect(run({ from: "consensus" })).toEqual({ ok: false, error: "5-fold cross-validation needs at least 5 statements coded in this layer; it has 0" });
    expect(run({ from: "everyone" })).toEqual({ ok: false, error: 'the layer must be consensus, agreed or coder:LOGIN, not "everyone"' });
  });
});
