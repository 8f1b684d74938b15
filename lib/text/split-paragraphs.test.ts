import { describe, expect, it } from "vitest";
import { findParagraph, splitParagraphs } from "./split-paragraphs";

const texts = (text: string) => splitParagraphs(text).map((p) => text.slice(p.utf16Start, p.utf16End));

describe("splitParagraphs", () => {
  it("splits at blank lines and keeps single line breaks inside a paragraph", () => {
    expect(texts("one\ntwo\n\nthree\n\n\nfour")).toEqual(["one\ntwo", "three", "four"]);
  });

  it("treats a line of spaces as blank and leaves out leading and trailing whitespace", () => {
    expect(texts("\n\n  first \n   \nsecond\n\n")).toEqual(["first ", "second"]);
  });

  it("keeps Arabic paragraphs, emoji and combining marks whole, at UTF-16 indices", () => {
    const text = "قال 😔\n\ncafe\u0301";
    expect(splitParagraphs(text)).toEqual([
      { utf16Start: 0, utf16End: 6 },
      { utf16Start: 8, utf16End: 13 },
    ]);
  });

  it("gives no paragraph for an empty or blank text", () => {
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs(" \n\n ")).toEqual([]);
  });
});

describe("findParagraph", () => {
  const paragraphs = splitParagraphs("aaa\n\nbbb\n\nccc");

  it("finds the paragraph holding an index, or the next one from a gap", () => {
    expect(findParagraph(paragraphs, 0)).toBe(0);
    expect(findParagraph(paragraphs, 3)).toBe(1);
    expect(findParagraph(paragraphs, 6)).toBe(1);
    expect(findParagraph(paragraphs, 13)).toBe(3);
  });
});
