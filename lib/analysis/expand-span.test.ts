import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "../offsets/code-points";
import { expandSpan, mergeSpans } from "./expand-span";

const text = "😔 We came to fight. The regime was spared! Was it?\n\nA new paragraph about the regime.";
const find = (word: string, from = 0) => {
  const utf16Index = text.indexOf(word, from);
  // One emoji before every word: its UTF-16 index is one more than its code point offset.
  return { start: utf16Index - 1, end: utf16Index - 1 + word.length };
};
const expanded = (word: string, scope: "hit" | "sentence" | "paragraph", from = 0) => {
  const span = expandSpan(text, find(word, from), scope);
  return sliceByCodePoints(text, span.start, span.end);
};

describe("expandSpan", () => {
  it("keeps the hit, or widens it to its sentence with the closing mark", () => {
    expect(expanded("regime", "hit")).toBe("regime");
    expect(expanded("regime", "sentence")).toBe("The regime was spared!");
    expect(expanded("came", "sentence")).toBe("😔 We came to fight.");
    expect(expanded("Was", "sentence")).toBe("Was it?");
  });

  it("widens to the paragraph, and to the text's end for the last one", () => {
    expect(expanded("spared", "paragraph")).toBe("😔 We came to fight. The regime was spared! Was it?");
    expect(expanded("regime", "paragraph", 60)).toBe("A new paragraph about the regime.");
    expect(expanded("regime", "sentence", 60)).toBe("A new paragraph about the regime.");
  });

  it("treats the Arabic question mark as the end of a sentence", () => {
    const arabic = "هل هذا هو الإسلام؟ لا أظن ذلك.";
    const span = expandSpan(arabic, { start: 20, end: 22 }, "sentence");
    expect(sliceByCodePoints(arabic, span.start, span.end)).toBe("لا أظن ذلك.");
  });
});

describe("mergeSpans", () => {
  it("joins overlapping spans and keeps touching ones apart", () => {
    expect(mergeSpans([{ start: 10, end: 20 }, { start: 0, end: 5 }, { start: 15, end: 30 }, { start: 30, end: 35 }])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 30 },
      { start: 30, end: 35 },
    ]);
  });
});
