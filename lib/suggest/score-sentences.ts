import type { CodeEvaluation } from "./evaluate-suggestion-model";
import { extractFeatures, type SparseVector } from "./extract-features";
import type { SentenceExample } from "./label-sentences";
import { predictProbability, trainLogisticRegression } from "./logistic-regression";
import type { ScoredSentence } from "./rank-suggestions";

/**
 * Trains each evaluated code's model on every example of the layer (the folds only measured it) and scores the
 * `targets`, sentences of statements the layer has not coded, with it. `vectors` are the examples' features, as the
 * evaluation extracted them.
 */
export function scoreSentences(
  { examples, vectors, codes, targets, seed = 1, onProgress }: {
    examples: readonly SentenceExample[];
    vectors: readonly SparseVector[];
    codes: readonly CodeEvaluation[];
    targets: readonly Omit<SentenceExample, "codeIds">[];
    seed?: number;
    onProgress?: (done: number, total: number) => void;
  },
): ScoredSentence[] {
  const targetVectors = targets.map((target) => extractFeatures(target.text));
  const scored: ScoredSentence[] = [];
  codes.forEach((code, index) => {
    const labels = Uint8Array.from(examples, (example) => (example.codeIds.includes(code.codeId) ? 1 : 0));
    const model = trainLogisticRegression(vectors, labels, { seed });
    targets.forEach((target, t) => {
      scored.push({ ...target, codeId: code.codeId, score: predictProbability(model, targetVectors[t]!), codePrecision: code.precision });
    });
    onProgress?.(index + 1, codes.length);
  });
  return scored;
}
