/** Counts of a code's predictions against the layer's labels, over the sentences of every test fold. */
export type ConfusionCounts = { truePositives: number; falsePositives: number; falseNegatives: number };

export type ClassificationMetrics = { precision: number; recall: number; f1: number };

/**
 * Precision tp / (tp + fp), recall tp / (tp + fn) and F1, their harmonic mean 2tp / (2tp + fp + fn) (Manning,
 * Raghavan and Schütze, Introduction to Information Retrieval, 2008, §8.3). A ratio with nothing to divide by is 0,
 * as scikit-learn's zero_division=0 has it: a code the model never suggests has no precision to trust.
 */
export function classificationMetrics({ truePositives: tp, falsePositives: fp, falseNegatives: fn }: ConfusionCounts): ClassificationMetrics {
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

/** Micro-averaged figures: the counts of every code summed, then the same formulas. */
export function microMetrics(counts: readonly ConfusionCounts[]): ClassificationMetrics {
  const sum = (key: keyof ConfusionCounts) => counts.reduce((total, count) => total + count[key], 0);
  return classificationMetrics({ truePositives: sum("truePositives"), falsePositives: sum("falsePositives"), falseNegatives: sum("falseNegatives") });
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);
