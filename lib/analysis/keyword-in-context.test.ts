import { describe, expect, it } from "vitest";
import { HIT_CLOSE as C, HIT_OPEN as O } from "./highlighted-hits";
import { keywordInContext } from "./keyword-in-context";

describe("keywordInContext", () => {
  it("gives a line per hit with words either side", () => {
    const marked = `We came to fight the ${O}regime${C}, but the ${O}Regime${C} was spared.`;
    expect(keywordInContext(marked, 2)).toEqual([
      { start: 21, end: 27, before: "fight the ", hit: "regime", after: ", but the", cutBefore: true, cutAfter: true },
      { start: 37, end: 43, before: "but the ", hit: "Regime", after: " was spared.", cutBefore: true, cutAfter: false },
    ]);
  });
});
