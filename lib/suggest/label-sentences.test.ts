import { describe, expect, it } from "vitest";
import { labelSentences } from "./label-sentences";

// "We left 😔 in 2015. " is 19 code points (the emoji is one); the second sentence spans 19..34.
const text = "We left 😔 in 2015. Then we walked to the border!";

describe("labelSentences", () => {
  // The first sentence is 18 code points: 8 covered is less than half, 9 is half.
  it("labels a sentence with a code when the spans cover at least half of it, counting code points", () => {
    const labelled = labelSentences({ id: 4, text, readings: [[{ codeId: 1, start: 0, end: 8 }, { codeId: 2, start: 9, end: 18 }]] });
    expect(labelled.map(({ text, codeIds }) => ({ text, codeIds }))).toEqual([
      { text: "We left 😔 in 2015.", codeIds: [2] },
      { text: "Then we walked to the border!", codeIds: [] },
    ]);
    expect(labelled[1]).toMatchObject({ documentId: 4, start: 19, end: 48 });
  });

  it("adds up a code's overlapping and separate spans inside one sentence once each", () => {
    const spans = [{ codeId: 1, start: 0, end: 5 }, { codeId: 1, start: 3, end: 7 }, { codeId: 1, start: 12, end: 15 }];
    expect(labelSentences({ id: 1, text, readings: [spans] })[0]!.codeIds).toEqual([1]);
  });

  it("in the agreed layer labels only the sentences every reading coded", () => {
    const first = [{ codeId: 1, start: 0, end: 18 }, { codeId: 2, start: 19, end: 48 }];
    const second = [{ codeId: 1, start: 0, end: 18 }];
    expect(labelSentences({ id: 1, text, readings: [first, second] }).map((sentence) => sentence.codeIds)).toEqual([[1], []]);
  });

  it("gives statements without readings unlabelled sentences", () => {
    expect(labelSentences({ id: 1, text, readings: [] }).map((sentence) => sentence.codeIds)).toEqual([[], []]);
  });
});
