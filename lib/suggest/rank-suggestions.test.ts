import { describe, expect, it } from "vitest";
import { rankSuggestions, type ScoredSentence } from "./rank-suggestions";

const scored = (documentId: number, score: number, codePrecision: number): ScoredSentence => ({ documentId, start: 0, end: 1, text: "x", codeId: 1, score, codePrecision });
const candidates = [scored(1, 0.9, 0.5), scored(2, 0.7, 0.9), scored(3, 0.45, 0.9), scored(4, 0.55, 0.9), scored(5, 0.1, 0.9)];

describe("rankSuggestions", () => {
  it("puts the likeliest right first: score times the code's cross-validated precision, above the threshold only", () => {
    expect(rankSuggestions(candidates, { order: "useful", limit: 10 }).map((s) => s.documentId)).toEqual([2, 4, 1]);
  });

  it("puts the most uncertain first, either side of the threshold", () => {
    expect(rankSuggestions(candidates, { order: "uncertain", limit: 2 }).map((s) => s.documentId)).toEqual([3, 4]);
  });
});
