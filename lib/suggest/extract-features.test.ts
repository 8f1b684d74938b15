import { describe, expect, it } from "vitest";
import { extractFeatures } from "./extract-features";

const features = (text: string) => [...extractFeatures(text).indices];
const shared = (a: string, b: string) => features(a).filter((feature) => features(b).includes(feature)).length / features(a).length;

describe("extractFeatures", () => {
  it("folds Arabic as search does: vowel marks, hamza forms and teh marbuta make no difference", () => {
    expect(features("قِتَالُ إخواننا السُّنّة")).toEqual(features("قتال اخواننا السنه"));
  });

  it("ignores case and punctuation", () => {
    expect(features("The Regime, again!")).toEqual(features("the regime again"));
  });

  it("shares most character pieces between a word and its prefixed Arabic form", () => {
    expect(shared("النظام", "والنظام")).toBeGreaterThan(0.5);
  });

  it("gives a unit-length vector of sorted, distinct indices", () => {
    const { indices, values } = extractFeatures("we were told we were told");
    expect([...indices]).toEqual([...new Set(indices)].sort((a, b) => a - b));
    // Tolerance 1e-6: float32 rounding of 1/√n summed n times.
    expect(values.reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 6);
  });

  it("gives an empty vector for text without words", () => {
    expect(extractFeatures(" … ").indices).toHaveLength(0);
  });
});
