import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/offsets/code-points";
import { snapToWords } from "./snap-to-words";

function snapped(text: string, start: number, end: number, words = true): string | null {
  const span = snapToWords(text, { start, end }, { words });
  return span && sliceByCodePoints(text, span.start, span.end);
}

describe("snapToWords", () => {
  it("widens a selection that starts and ends inside words to the whole words", () => {
    expect(snapToWords("The emirs had cars", { start: 5, end: 11 })).toEqual({ start: 4, end: 13 });
  });

  it("trims spaces and line breaks around the selection before widening", () => {
    expect(snapped("one two  three", 3, 10)).toBe("two  three");
    expect(snapped("one\n\ntwo", 3, 7)).toBe("two");
  });

  it("keeps punctuation the coder selected but does not add it", () => {
    expect(snapped("patient, they said", 3, 8)).toBe("patient,");
    expect(snapped("patient, they said", 3, 6)).toBe("patient");
  });

  it("widens to whole Arabic words", () => {
    // "جئنا لنقاتل النظام": code points 7..14 cut into لنقاتل and النظام.
    expect(snapped("جئنا لنقاتل النظام", 7, 14)).toBe("لنقاتل النظام");
  });

  it("counts an emoji before the selection as one code point", () => {
    const text = "😔 left the camp";
    expect(snapToWords(text, { start: 3, end: 8 })).toEqual({ start: 2, end: 10 });
    expect(snapped(text, 3, 8)).toBe("left the");
  });

  it("never leaves a combining mark without its letter, even with exact selection", () => {
    // "cafe\u0301": the selection ends between e and its acute accent.
    expect(snapped("cafe\u0301 noir", 0, 4, false)).toBe("cafe\u0301");
    expect(snapped("cafe\u0301 noir", 1, 3)).toBe("cafe\u0301");
  });

  it("keeps the exact characters when words is false", () => {
    expect(snapped("The emirs had cars", 5, 11, false)).toBe("mirs h");
  });

  it("returns null for a selection of whitespace only", () => {
    expect(snapToWords("one   two", { start: 3, end: 6 })).toBeNull();
    expect(snapToWords("one two", { start: 3, end: 3 })).toBeNull();
  });

  it("keeps an emoji selected on its own", () => {
    expect(snapped("left 😔 then", 5, 6)).toBe("😔");
  });
});
