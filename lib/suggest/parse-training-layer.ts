import { fail, ok, type Result } from "../agreement/result";

/**
 * The layer a model learns from:
 *
 * - consensus: the adjudicated layer of the statements whose adjudication is done;
 * - agreed: the statements at least two coders submitted, a sentence labelled with a code when every coder who
 *   submitted the statement labelled it (their spans of the code cover at least half of it), see labelSentences;
 * - coder: the statements that coder submitted, with their annotations.
 */
export type TrainingLayer = { kind: "consensus" } | { kind: "agreed" } | { kind: "coder"; login: string };

export const LAYER_FORMS = "consensus, agreed or coder:LOGIN";

export function parseTrainingLayer(value: string): Result<TrainingLayer> {
  if (value === "consensus" || value === "agreed") return ok({ kind: value });
  const login = value.startsWith("coder:") ? value.slice("coder:".length).trim() : "";
  if (login) return ok({ kind: "coder", login });
  return fail(`the layer must be ${LAYER_FORMS}, not ${JSON.stringify(value)}`);
}

export const formatTrainingLayer = (layer: TrainingLayer) => (layer.kind === "coder" ? `coder:${layer.login}` : layer.kind);
