import { describe, expect, it } from "vitest";
import { formatShare, percentOrNull } from "./format-share";

describe("formatShare and percentOrNull", () => {
  it("rounds to one decimal of a per cent", () => {
    // 21 of 58 Syrians: 36.206...%.
    expect(formatShare(21, 58)).toBe("36.2%");
    expect(percentOrNull(21, 58)).toBe(36.2);
    expect(formatShare(1, 3)).toBe("33.3%");
    expect(formatShare(2, 3)).toBe("66.7%");
  });

  it("shows no share of an empty base", () => {
    expect(formatShare(0, 0)).toBe("–");
    expect(percentOrNull(0, 0)).toBeNull();
  });
});
