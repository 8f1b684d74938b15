import { mulberry32 } from "../agreement/mulberry32";
import { FEATURE_DIMENSION, type SparseVector } from "./extract-features";

/** A binary classifier: P(code | sentence) = σ(w · x + b). */
export type LogisticModel = { weights: Float32Array; bias: number };

export type LogisticOptions = {
  /** Passes over the training sentences; default 8. */
  epochs?: number;
  /** Step size at the start, shrinking as 1 / (1 + t / n); default 1. */
  learningRate?: number;
  /** L2 penalty per step on the weights a sentence touches; default 1e-5. */
  l2?: number;
  /** Seed of the order the sentences are visited in, so training comes out the same when run again; default 1. */
  seed?: number;
};

/**
 * Logistic regression fitted by stochastic gradient descent on the log loss (Bishop, Pattern Recognition and Machine
 * Learning, 2006, §4.3.2), one sentence at a time in a seeded random order. Only the weights of features present in a
 * sentence move, so a step costs the sentence's feature count rather than the 2^18 dimensions. Positive sentences
 * weigh as much in all as negative ones (class weights n / 2n₊ and n / 2n₋): a code applied to one sentence in twenty
 * would otherwise be learned as "never".
 */
export function trainLogisticRegression(
  vectors: readonly SparseVector[],
  labels: Uint8Array,
  { epochs = 8, learningRate = 1, l2 = 1e-5, seed = 1 }: LogisticOptions = {},
): LogisticModel {
  const n = vectors.length;
  const weights = new Float32Array(FEATURE_DIMENSION);
  let bias = 0;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i]!;
  if (positives === 0 || positives === n) return { weights, bias: positives === 0 ? -10 : 10 };
  const classWeight = [n / (2 * (n - positives)), n / (2 * positives)] as const;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random.next);
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const { indices, values } = vectors[i]!;
      const label = labels[i]!;
      const rate = learningRate / (1 + step++ / n);
      const gradient = (sigmoid(dot(weights, bias, vectors[i]!)) - label) * classWeight[label]!;
      const decay = 1 - rate * l2;
      for (let j = 0; j < indices.length; j++) {
        const feature = indices[j]!;
        weights[feature] = weights[feature]! * decay - rate * gradient * values[j]!;
      }
      bias -= rate * gradient;
    }
  }
  return { weights, bias };
}

/** The model's probability that the sentence carries the code. */
export function predictProbability(model: LogisticModel, vector: SparseVector): number {
  return sigmoid(dot(model.weights, model.bias, vector));
}

function dot(weights: Float32Array, bias: number, { indices, values }: SparseVector): number {
  let sum = bias;
  for (let j = 0; j < indices.length; j++) sum += weights[indices[j]!]! * values[j]!;
  return sum;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Fisher–Yates with the seeded generator. */
function shuffle(items: Int32Array, next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swap = items[i]!;
    items[i] = items[j]!;
    items[j] = swap;
  }
}
