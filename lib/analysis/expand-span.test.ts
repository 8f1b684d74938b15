import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "../offsets/code-points";
import { segmentUnits } from "../text/segment-units";
import { expandHits } from "./expand-span";

const text = "😔 We came to fight. The regime was spared! Was it?\n\nA new paragraph about the regime.";
const find = (word: string, from = 0) => {
  const utf16Index = text.indexOf(word, from);
  // One emoji before every word: its UTF-16 index is one more than its code point offset.
  return { start: utf16Index - 1, end: utf16Index - 1 + word.length };
};
const expanded = (word: string, scope: "hit" | "sentence" | "paragraph", from = 0) => {
  const [span] = expandHits(text, [find(word, from)], scope);
  return sliceByCodePoints(text, span!.start, span!.end);
};

describe("expandHits", () => {
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
    const [span] = expandHits(arabic, [{ start: 20, end: 22 }], "sentence");
    expect(sliceByCodePoints(arabic, span!.start, span!.end)).toBe("لا أظن ذلك.");
  });

  it("covers every sentence a hit reaches into", () => {
    const [span] = expandHits(text, [{ start: find("fight").start, end: find("regime").end }], "sentence");
    expect(sliceByCodePoints(text, span!.start, span!.end)).toBe("😔 We came to fight. The regime was spared!");
  });

  it("gives exactly the units agreement compares, so a sentence coded from search is one sentence there", () => {
    for (const scope of ["sentence", "paragraph"] as const) {
      const units = segmentUnits(text, scope);
      expect(expandHits(text, units.map(({ start }) => ({ start, end: start + 1 })), scope)).toEqual(units);
    }
  });
});
