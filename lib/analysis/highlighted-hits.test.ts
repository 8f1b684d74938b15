import { describe, expect, it } from "vitest";
import { HIT_CLOSE as C, HIT_OPEN as O, highlightedHits, unmarked } from "./highlighted-hits";

describe("highlightedHits", () => {
  it("gives each marked hit as code points of the unmarked text", () => {
    const marked = `We came to ${O}fight the${C} régime, the ${O}Regime${C} was spared.`;
    expect(highlightedHits(marked)).toEqual([
      { start: 11, end: 20 },
      { start: 33, end: 39 },
    ]);
    expect(unmarked(marked).slice(33, 39)).toBe("Regime");
  });

  it("counts an emoji as one code point before an Arabic hit", () => {
    expect(highlightedHits(`😔 جئنا لنقاتل ${O}النظام${C}، لكنهم`)).toEqual([{ start: 14, end: 20 }]);
  });
});
