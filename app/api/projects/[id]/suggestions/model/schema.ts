import { z } from "zod";
import { MAX_FOLDS, MIN_FOLDS } from "@/lib/suggest/evaluate-suggestion-model";
import { LAYER_FORMS, parseTrainingLayer } from "@/lib/suggest/parse-training-layer";
import { SUGGESTION_ORDERS } from "@/lib/suggest/rank-suggestions";

export const modelParams = z.object({ id: z.coerce.number().int().positive() });

/** What to learn from, how many folds to measure it with, and whether to apply it once measured. */
export const trainModelBody = z.strictObject({
  from: z.string().trim().refine((value) => parseTrainingLayer(value).ok, `Choose the layer to learn from: ${LAYER_FORMS}.`),
  folds: z.coerce
    .number()
    .int(`Folds must be a whole number from ${MIN_FOLDS} to ${MAX_FOLDS}.`)
    .min(MIN_FOLDS, `Folds must be a whole number from ${MIN_FOLDS} to ${MAX_FOLDS}.`)
    .max(MAX_FOLDS, `Folds must be a whole number from ${MIN_FOLDS} to ${MAX_FOLDS}.`)
    .default(5),
  apply: z.boolean().default(false),
  order: z.enum(SUGGESTION_ORDERS, `The order is "useful" or "uncertain".`).default("useful"),
});

export type TrainModelBody = z.infer<typeof trainModelBody>;
