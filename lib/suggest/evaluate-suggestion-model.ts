import { fail, ok, type Result } from "../agreement/result";
import { assignFoldsByDocument } from "./assign-folds-by-document";
import { type ClassificationMetrics, classificationMetrics, type ConfusionCounts, microMetrics } from "./classification-metrics";
import { extractFeatures, type SparseVector } from "./extract-features";
import type { SentenceExample } from "./label-sentences";
import { predictProbability, trainLogisticRegression } from "./logistic-regression";
import { checkTrainable, type SkippedCode } from "./check-trainable";

/** A sentence counts as suggested for a code when the model's probability reaches this. */
export const SUGGESTION_THRESHOLD = 0.5;

export const MIN_FOLDS = 2;
export const MAX_FOLDS = 10;

export type CodeEvaluation = ClassificationMetrics & { codeId: number; name: string; support: number };

/** How well the model of each trainable code predicts the layer, measured on statements it was not trained on. */
export type SuggestionEvaluation = {
  folds: number;
  documentsUsed: number;
  sentencesUsed: number;
  codes: CodeEvaluation[];
  micro: ClassificationMetrics;
  skipped: SkippedCode[];
};

export type EvaluationInput = {
  examples: readonly SentenceExample[];
  codes: readonly { id: number; name: string }[];
  folds: number;
  seed?: number;
  /** Called after each fold of each code is trained and tested. */
  onProgress?: (done: number, total: number) => void;
};

/**
 * k-fold cross-validation split by statement (assignFoldsByDocument): for each code with enough examples, a model is
 * trained on the sentences of k − 1 folds and predicts the sentences of the k-th, each fold in turn; every sentence is
 * predicted once, by a model that never saw its statement. Support is the number of sentences the layer codes with it.
 */
export function evaluateSuggestionModel({ examples, codes, folds, seed = 1, onProgress }: EvaluationInput): Result<{ evaluation: SuggestionEvaluation; vectors: SparseVector[] }> {
  if (!Number.isInteger(folds) || folds < MIN_FOLDS || folds > MAX_FOLDS) return fail(`folds must be a whole number from ${MIN_FOLDS} to ${MAX_FOLDS}, not ${folds}`);
  const documentIds = [...new Set(examples.map((example) => example.documentId))];
  if (documentIds.length < folds) {
    return fail(`${folds}-fold cross-validation needs at least ${folds} statements coded in this layer; it has ${documentIds.length}`);
  }
  const { trainable, skipped } = checkTrainable(examples, codes);
  const foldOf = assignFoldsByDocument(documentIds, folds, seed);
  const exampleFolds = Int32Array.from(examples, (example) => foldOf.get(example.documentId)!);
  const vectors = examples.map((example) => extractFeatures(example.text));
  const total = trainable.length * folds;
  let done = 0;
  onProgress?.(done, total);

  const evaluated = trainable.map((code) => {
    const labels = Uint8Array.from(examples, (example) => (example.codeIds.includes(code.id) ? 1 : 0));
    const counts: ConfusionCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    for (let fold = 0; fold < folds; fold++) {
      const train = indicesWhere(exampleFolds, (f) => f !== fold);
      const model = trainLogisticRegression(
        train.map((i) => vectors[i]!),
        Uint8Array.from(train, (i) => labels[i]!),
        { seed },
      );
      for (const i of indicesWhere(exampleFolds, (f) => f === fold)) {
        const predicted = predictProbability(model, vectors[i]!) >= SUGGESTION_THRESHOLD;
        if (predicted && labels[i]) counts.truePositives++;
        else if (predicted) counts.falsePositives++;
        else if (labels[i]) counts.falseNegatives++;
      }
      onProgress?.(++done, total);
    }
    return { counts, evaluation: { codeId: code.id, name: code.name, support: code.support, ...classificationMetrics(counts) } };
  });

  return ok({
    evaluation: {
      folds,
      documentsUsed: documentIds.length,
      sentencesUsed: examples.length,
      codes: evaluated.map((code) => code.evaluation),
      micro: microMetrics(evaluated.map((code) => code.counts)),
      skipped,
    },
    vectors,
  });
}

function indicesWhere(folds: Int32Array, keep: (fold: number) => boolean): number[] {
  const indices: number[] = [];
  for (let i = 0; i < folds.length; i++) if (keep(folds[i]!)) indices.push(i);
  return indices;
}
