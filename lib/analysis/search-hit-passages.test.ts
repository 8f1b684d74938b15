import { describe, expect, it } from "vitest";
import { HIT_CLOSE as C, HIT_OPEN as O } from "./highlighted-hits";
import { searchHitPassages } from "./search-hit-passages";

describe("searchHitPassages", () => {
  const marked = `We fought the ${O}brigades${C} of the next ${O}valley${C}. They were Sunni men.\n\nThe ${O}brigades${C} left.`;

  it("suggests each hit itself", () => {
    expect(searchHitPassages(marked, "hit")).toEqual([
      { start: 14, end: 22, quote: "brigades" },
      { start: 35, end: 41, quote: "valley" },
      { start: 69, end: 77, quote: "brigades" },
    ]);
  });

  it("suggests a sentence once however many hits it holds", () => {
    expect(searchHitPassages(marked, "sentence")).toEqual([
      { start: 0, end: 42, quote: "We fought the brigades of the next valley." },
      { start: 65, end: 83, quote: "The brigades left." },
    ]);
    expect(searchHitPassages(marked, "paragraph").map((passage) => passage.quote)).toEqual([
      "We fought the brigades of the next valley. They were Sunni men.",
      "The brigades left.",
    ]);
  });
});
