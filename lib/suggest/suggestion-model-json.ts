import type { EvaluationJson } from "./evaluation-json";

/** The last training as GET /api/projects/:id/suggestions/model answers it. */
export type SuggestionModelJson = EvaluationJson & {
  /** Null when the model was only trained and measured, not applied. */
  suggestions_written: number | null;
  trained_at: string;
  trained_by: string | null;
};

export type SuggestionModelAnswer = { model: SuggestionModelJson | null; message?: string };

/** What a training job (and the command line) answers: the evaluation, and with --apply how many suggestions it wrote. */
export type SuggestionModelOutcome = EvaluationJson & { suggestions_written?: number };
