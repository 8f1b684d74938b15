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

describe("segmentUnits on long texts", () => {
  const whole = (text: string) => [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)].map((part) => part.segment.trim()).filter(Boolean);
  const sentenceTexts = (text: string) => segmentUnits(text, "sentence").map(({ start, end }) => [...text].slice(start, end).join(""));

  it("finds the sentences Intl.Segmenter finds in the whole text, on lines far longer than one window", () => {
    const parts = ["He said: \"We left.\" ", "Etc. 12 34 we stayed. ", "Why? ", "No!! ", "القصف كان شديداً. ", "Mr. Smith came 😔. ", "(See p. 3.) ", "e.g. this one. "];
    const line = Array.from({ length: 3000 }, (_, index) => parts[(index * 7) % parts.length]).join("");
    const text = `${line}\n\n${line.slice(0, 5000)}\nlast line without a stop`;
    expect(text.length).toBeGreaterThan(40_000);
    expect(sentenceTexts(text)).toEqual(whole(text));
  });

  it("keeps a sentence longer than a window whole", () => {
    const text = `${"word ".repeat(5000)}end. Next one.`;
    expect(sentenceTexts(text)).toEqual([`${"word ".repeat(5000)}end.`, "Next one."]);
  });
});
