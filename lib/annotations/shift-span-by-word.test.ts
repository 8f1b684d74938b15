import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/offsets/code-points";
import type { Span } from "./span";
import { shiftSpanByWord } from "./shift-span-by-word";

const quote = (text: string, span: Span | null) => span && sliceByCodePoints(text, span.start, span.end);

describe("shiftSpanByWord", () => {
  const text = "The emirs had cars, and houses.";
  const emirsHad = { start: 4, end: 13 };

  it("moves the start to the previous or next word start", () => {
    expect(quote(text, shiftSpanByWord(text, emirsHad, "start", -1))).toBe("The emirs had");
    expect(quote(text, shiftSpanByWord(text, emirsHad, "start", 1))).toBe("had");
  });

  it("moves the end to the previous or next word end, skipping punctuation", () => {
    expect(quote(text, shiftSpanByWord(text, emirsHad, "end", 1))).toBe("emirs had cars");
    expect(quote(text, shiftSpanByWord(text, emirsHad, "end", -1))).toBe("emirs");
  });

  it("refuses a move that would leave nothing, or that has no word to go to", () => {
    expect(shiftSpanByWord(text, { start: 4, end: 9 }, "end", -1)).toBeNull();
    expect(shiftSpanByWord(text, { start: 0, end: 3 }, "start", -1)).toBeNull();
  });

  it("moves by whole Arabic words", () => {
    const arabic = "جئنا لنقاتل النظام لكنهم";
    expect(quote(arabic, shiftSpanByWord(arabic, { start: 5, end: 11 }, "end", 1))).toBe("لنقاتل النظام");
  });

  it("counts offsets in code points after an emoji and keeps combining marks with their letter", () => {
    const mixed = "😔 cafe\u0301 noir";
    const span = shiftSpanByWord(mixed, { start: 2, end: 7 }, "end", 1);
    expect(span).toEqual({ start: 2, end: 12 });
    expect(quote(mixed, span)).toBe("cafe\u0301 noir");
  });
});
