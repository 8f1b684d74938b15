import { describe, expect, it } from "vitest";
import { classificationMetrics, microMetrics } from "./classification-metrics";

describe("classificationMetrics", () => {
  // Worked by hand: tp 8, fp 2, fn 4 → precision 8/10, recall 8/12, F1 16/22.
  it("computes precision, recall and F1 from counts", () => {
    expect(classificationMetrics({ truePositives: 8, falsePositives: 2, falseNegatives: 4 })).toEqual({ precision: 0.8, recall: 8 / 12, f1: 16 / 22 });
  });

  it("gives 0 where nothing was predicted or nothing was there", () => {
    expect(classificationMetrics({ truePositives: 0, falsePositives: 0, falseNegatives: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("micro-averages by summing counts before dividing", () => {
    const micro = microMetrics([
      { truePositives: 8, falsePositives: 2, falseNegatives: 0 },
      { truePositives: 0, falsePositives: 0, falseNegatives: 10 },
    ]);
    expect(micro).toEqual({ precision: 0.8, recall: 8 / 18, f1: 16 / 28 });
  });
});
