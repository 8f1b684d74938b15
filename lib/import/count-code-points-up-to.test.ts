import { describe, expect, it } from "vitest";
import { countCodePointsUpTo } from "./count-code-points-up-to";

describe("countCodePointsUpTo", () => {
  it("counts code points exactly up to the limit: an emoji is one, a combining mark one, CRLF two", () => {
    expect(countCodePointsUpTo("😔 قال e\u0301\r\n", 100)).toBe(10);
    expect(countCodePointsUpTo("😔😔", 2)).toBe(2);
  });
  it("stops one past the limit rather than counting the rest", () => {
    expect(countCodePointsUpTo("a".repeat(1_000), 10)).toBe(11);
    expect(countCodePointsUpTo("😔😔😔", 1)).toBe(2);
  });
  it("gives 0 for a limit already passed, and counts a lone surrogate as one", () => {
    expect(countCodePointsUpTo("abc", -1)).toBe(0);
    expect(countCodePointsUpTo("\ud800a\udc00", 10)).toBe(3);
  });
});
