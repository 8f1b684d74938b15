import { describe, expect, it } from "vitest";
import { mergeOverlappingSpans } from "./merge-spans";

describe("mergeOverlappingSpans", () => {
  it("merges overlapping and duplicate spans and counts those absorbed", () => {
    const result = mergeOverlappingSpans([
      { start: 30, end: 40 },
      { start: 0, end: 10 },
      { start: 5, end: 12 },
      { start: 30, end: 40 },
      { start: 11, end: 20 },
    ]);
    expect(result).toEqual({ spans: [{ start: 0, end: 20 }, { start: 30, end: 40 }], merged: 3 });
  });

  it("keeps spans that only touch apart, as separate units", () => {
    expect(mergeOverlappingSpans([{ start: 5, end: 10 }, { start: 0, end: 5 }])).toEqual({
      spans: [{ start: 0, end: 5 }, { start: 5, end: 10 }],
      merged: 0,
    });
  });

  it("leaves its input untouched", () => {
    const input = [{ start: 0, end: 10 }, { start: 5, end: 15 }];
    mergeOverlappingSpans(input);
    expect(input).toEqual([{ start: 0, end: 10 }, { start: 5, end: 15 }]);
  });
});
