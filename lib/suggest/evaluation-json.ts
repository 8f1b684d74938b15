import type { ClassificationMetrics } from "./classification-metrics";
import type { SuggestionEvaluation } from "./evaluate-suggestion-model";

/** The evaluation as the command line and GET /api/projects/:id/suggestions/model print it (see the README). */
export type EvaluationJson = {
  unit: "sentence";
  from: string;
  folds: number;
  documents_used: number;
  sentences_used: number;
  codes: Record<string, ClassificationMetrics & { support: number }>;
  /** Null figures when no code had enough examples to be measured: nothing was predicted, so there is nothing to average. */
  micro: ClassificationMetrics | { precision: null; recall: null; f1: null };
  skipped_codes: Record<string, string>;
};

/**
 * Codes are keyed by name; names are unique only among siblings, so a name two codes share is followed by each one's
 * id, "Name (code 12)", and no figure overwrites another.
 */
export function toEvaluationJson(evaluation: SuggestionEvaluation, from: string): EvaluationJson {
  const names = [...evaluation.codes, ...evaluation.skipped].map((code) => code.name);
  const key = ({ name, codeId }: { name: string; codeId: number }) => (names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} (code ${codeId})`);
  return {
    unit: "sentence",
    from,
    folds: evaluation.folds,
    documents_used: evaluation.documentsUsed,
    sentences_used: evaluation.sentencesUsed,
    codes: Object.fromEntries(
      evaluation.codes.map((code) => [key(code), { precision: code.precision, recall: code.recall, f1: code.f1, support: code.support }]),
    ),
    micro: evaluation.codes.length === 0 ? { precision: null, recall: null, f1: null } : evaluation.micro,
    skipped_codes: Object.fromEntries(evaluation.skipped.map((code) => [key(code), code.reason])),
  };
}
