import { describe, expect, it } from "vitest";
import { describeSuggestionOrigin } from "./describe-suggestion-origin";

describe("describeSuggestionOrigin", () => {
  it("names the search a supervisor's suggestion came from", () => {
    expect(describeSuggestionOrigin({ origin: "apostates", score: null, codePrecision: null })).toBe("from the search “apostates”");
  });

  it("gives a learned suggestion's score and its code's cross-validated precision", () => {
    expect(describeSuggestionOrigin({ origin: "learned from agreed", score: 0.8342, codePrecision: 0.9 })).toBe(
      "learned from agreed, score 0.83 (the code's cross-validated precision 0.90)",
    );
  });
});
