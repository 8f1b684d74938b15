import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "../offsets/code-points";
import { segmentUnits } from "./segment-units";

const texts = (text: string, unit: "sentence" | "paragraph") =>
  segmentUnits(text, unit).map(({ start, end }) => sliceByCodePoints(text, start, end));

describe("segmentUnits", () => {
  it("gives the whole text as the document unit, in code points", () => {
    expect(segmentUnits("left 😔 in 2015", "document")).toEqual([{ start: 0, end: 14 }]);
    expect(segmentUnits("", "document")).toEqual([{ start: 0, end: 0 }]);
  });

  it("splits sentences, trims their whitespace and counts offsets in code points past an emoji", () => {
    const text = "We left 😔 in 2015. Then we walked!\n\nقال: تركت التنظيم. E\u0301 ok?";
    expect(texts(text, "sentence")).toEqual([
      "We left 😔 in 2015.",
      "Then we walked!",
      "قال: تركت التنظيم.",
      "E\u0301 ok?",
    ]);
    // "We left 😔 in 2015. " is 19 code points and 20 UTF-16 units, so the second sentence starts at code point 19.
    expect(segmentUnits(text, "sentence")[1]).toEqual({ start: 19, end: 34 });
  });

  it("splits paragraphs on blank lines, including lines of spaces and CRLF line ends", () => {
    const text = "First para,\nstill first.\n\nSecond 😔.\n   \n\n\nThird.\r\n\r\nFourth.\n";
    expect(texts(text, "paragraph")).toEqual(["First para,\nstill first.", "Second 😔.", "Third.", "Fourth."]);
  });

  it("drops whitespace-only pieces", () => {
    expect(segmentUnits("  \n\n \n", "paragraph")).toEqual([]);
    expect(segmentUnits(" ", "sentence")).toEqual([]);
  });
});
