import { describe, expect, it } from "vitest";
import { segmentLanes } from "./segment-lanes";

describe("segmentLanes", () => {
  it("cuts the whole text at every span and passage boundary, with each lane's codes per piece", () => {
    const segments = segmentLanes({
      length: 20,
      lanes: [[{ code: 1, start: 2, end: 8 }], [{ code: 2, start: 5, end: 12 }, { code: 1, start: 5, end: 8 }], []],
      passages: [{ start: 2, end: 5 }, { start: 8, end: 12 }],
    });
    expect(segments).toEqual([
      { start: 0, end: 2, lanes: [[], [], []], passage: null },
      { start: 2, end: 5, lanes: [[1], [], []], passage: 0 },
      { start: 5, end: 8, lanes: [[1], [1, 2], []], passage: null },
      { start: 8, end: 12, lanes: [[], [2], []], passage: 1 },
      { start: 12, end: 20, lanes: [[], [], []], passage: null },
    ]);
  });

  it("gives one piece for a text nobody coded and none for an empty text", () => {
    expect(segmentLanes({ length: 7, lanes: [[]], passages: [] })).toEqual([{ start: 0, end: 7, lanes: [[]], passage: null }]);
    expect(segmentLanes({ length: 0, lanes: [], passages: [] })).toEqual([]);
  });
});
