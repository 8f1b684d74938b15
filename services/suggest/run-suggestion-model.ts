import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getSuggestionLayerData } from "@/db/queries/suggestion-layers";
import { insertSuggestionModel } from "@/db/queries/suggestion-models";
import { insertSuggestions } from "@/db/queries/suggestions";
import { projectMembers } from "@/db/schema";
import { fail, ok, type Result } from "@/lib/agreement/result";
import type { JobProgress } from "@/lib/jobs/job-json";
import { evaluateSuggestionModel } from "@/lib/suggest/evaluate-suggestion-model";
import { toEvaluationJson } from "@/lib/suggest/evaluation-json";
import type { SuggestionModelOutcome } from "@/lib/suggest/suggestion-model-json";
import { labelSentences } from "@/lib/suggest/label-sentences";
import { formatTrainingLayer, parseTrainingLayer } from "@/lib/suggest/parse-training-layer";
import { rankSuggestions, type ScoredSentence, type SuggestionOrder } from "@/lib/suggest/rank-suggestions";
import { scoreSentences } from "@/lib/suggest/score-sentences";

/** More suggestions than this from one application would bury coders; the best come first, so the cut keeps them. */
export const MAX_MODEL_SUGGESTIONS = 5000;

export type SuggestionModelRequest = {
  projectId: number;
  /** consensus, agreed or coder:LOGIN */
  from: string;
  folds: number;
  apply: boolean;
  order: SuggestionOrder;
  /** Who asked; null from the command line, whose suggestions are credited to the project's first supervisor. */
  actorId: number | null;
};

/**
 * Trains and cross-validates a model of each code on a layer, records the evaluation and, when asked, applies it to
 * the statements the layer has not coded: the sentences it ranks best go into the suggestion layer with their score
 * and the code's cross-validated precision, in one transaction, so a stopped job leaves none behind. Nothing enters a
 * coder's own layer until that coder accepts it.
 */
export function runSuggestionModel(db: Db, request: SuggestionModelRequest, report: (progress: JobProgress) => void): Result<SuggestionModelOutcome> {
  const layer = parseTrainingLayer(request.from);
  if (!layer.ok) return layer;
  const from = formatTrainingLayer(layer.value);
  report({ stage: "reading the layer", done: 0, total: null });
  const data = getSuggestionLayerData(db, { projectId: request.projectId, layer: layer.value });
  if (!data.ok) return data;
  const examples = data.value.coded.flatMap(labelSentences);
  const evaluated = evaluateSuggestionModel({
    examples,
    codes: data.value.codes,
    folds: request.folds,
    onProgress: (done, total) => report({ stage: "cross-validating", done, total }),
  });
  if (!evaluated.ok) return evaluated;
  const evaluation = toEvaluationJson(evaluated.value.evaluation, from);
  if (!request.apply) {
    db.transaction((tx) => insertSuggestionModel(tx, { projectId: request.projectId, evaluation, suggestionsWritten: null, actorId: request.actorId }), { behavior: "immediate" });
    return ok(evaluation);
  }

  const author = request.actorId ?? firstSupervisor(db, request.projectId);
  if (author === null) return fail("the project has no supervisor to credit the suggestions to; add one first");
  const scored = scoreSentences({
    examples,
    vectors: evaluated.value.vectors,
    codes: evaluated.value.evaluation.codes,
    targets: data.value.uncoded.flatMap((document) => labelSentences({ ...document, readings: [] })),
    onProgress: (done, total) => report({ stage: "training on the whole layer and scoring", done, total }),
  });
  const ranked = rankSuggestions(scored, { order: request.order, limit: MAX_MODEL_SUGGESTIONS });
  report({ stage: "writing suggestions", done: 0, total: ranked.length });
  const written = db.transaction(
    (tx) => {
      let created = 0;
      for (const [codeId, sentences] of groupByCode(ranked)) {
        const spans = sentences.map(({ documentId, start, end, text, score, codePrecision }) => ({ documentId, start, end, quote: text, score, codePrecision }));
        created += insertSuggestions(tx, { projectId: request.projectId, codeId, origin: `learned from ${from}`, spans, actorId: author }).created;
      }
      insertSuggestionModel(tx, { projectId: request.projectId, evaluation, suggestionsWritten: created, actorId: request.actorId });
      return created;
    },
    { behavior: "immediate" },
  );
  report({ stage: "writing suggestions", done: ranked.length, total: ranked.length });
  return ok({ ...evaluation, suggestions_written: written });
}

/** The ranked sentences by code, each code's in rank order, codes in the order of their best sentence. */
function groupByCode(ranked: readonly ScoredSentence[]): Map<number, ScoredSentence[]> {
  const groups = new Map<number, ScoredSentence[]>();
  for (const sentence of ranked) groups.set(sentence.codeId, [...(groups.get(sentence.codeId) ?? []), sentence]);
  return groups;
}

function firstSupervisor(db: Db, projectId: number): number | null {
  const row = db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.role, "supervisor")))
    .orderBy(asc(projectMembers.userId))
    .get();
  return row?.userId ?? null;
}
