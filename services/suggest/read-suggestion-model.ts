import type { Db } from "@/db/client";
import { getLatestSuggestionModel } from "@/db/queries/suggestion-models";
import type { SuggestionModelAnswer } from "@/lib/suggest/suggestion-model-json";

/** The project's last training as the route and the page show it, or an empty state saying none was trained yet. */
export function readSuggestionModel(db: Db, { projectId }: { projectId: number }): SuggestionModelAnswer {
  const latest = getLatestSuggestionModel(db, { projectId });
  if (!latest) return { model: null, message: "No model has been trained in this project yet." };
  const { model, createdBy } = latest;
  return { model: { ...model.evaluation, suggestions_written: model.suggestionsWritten, trained_at: model.createdAt.toISOString(), trained_by: createdBy } };
}
