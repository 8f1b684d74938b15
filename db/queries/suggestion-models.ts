import { desc, eq } from "drizzle-orm";
import type { EvaluationJson } from "@/lib/suggest/evaluation-json";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { type SuggestionModel, suggestionModels, users } from "../schema";

/** Records a training's evaluation (and, when it was applied, how many suggestions it wrote), audited. */
export function insertSuggestionModel(
  tx: Tx,
  { projectId, evaluation, suggestionsWritten, actorId }: { projectId: number; evaluation: EvaluationJson; suggestionsWritten: number | null; actorId: number | null },
): SuggestionModel {
  const model = tx
    .insert(suggestionModels)
    .values({ projectId, layer: evaluation.from, folds: evaluation.folds, evaluation, suggestionsWritten, createdById: actorId })
    .returning()
    .get();
  recordAudit(tx, { actorId, projectId, entity: "suggestion_model", entityId: model.id, action: "create", after: model });
  return model;
}

/** The project's last training with who started it, or undefined before the first. */
export function getLatestSuggestionModel(db: Db, { projectId }: { projectId: number }) {
  return db
    .select({ model: suggestionModels, createdBy: users.login })
    .from(suggestionModels)
    .leftJoin(users, eq(users.id, suggestionModels.createdById))
    .where(eq(suggestionModels.projectId, projectId))
    .orderBy(desc(suggestionModels.id))
    .limit(1)
    .get();
}
