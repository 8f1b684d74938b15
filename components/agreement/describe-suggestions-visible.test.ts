import { describe, expect, it } from "vitest";
import { describeSuggestionsVisible } from "./describe-suggestions-visible";

describe("describeSuggestionsVisible", () => {
  it("says coding was independent when suggestions were never shown", () => {
    expect(describeSuggestionsVisible({ rounds: [], now: false })).toBe("Coders saw no learned suggestions: their coding is independent of the suggestion model.");
  });

  it("names the rounds in which they were shown, and whether they still are", () => {
    expect(describeSuggestionsVisible({ rounds: [2], now: true })).toBe(
      "Coders could see learned suggestions in round 2 (and still can): coding in that round was not independent of the model.",
    );
    expect(describeSuggestionsVisible({ rounds: [1, 2, 4], now: false })).toBe(
      "Coders could see learned suggestions in rounds 1, 2 and 4: coding in those rounds was not independent of the model.",
    );
  });
});
