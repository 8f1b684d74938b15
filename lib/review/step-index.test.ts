import { describe, expect, it } from "vitest";
import { stepIndex } from "./step-index";

describe("stepIndex", () => {
  it("starts at the first item going forward and the last going back", () => {
    expect(stepIndex(null, 3, 1)).toBe(0);
    expect(stepIndex(null, 3, -1)).toBe(2);
  });

  it("wraps around at either end", () => {
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(1, 3, 1)).toBe(2);
  });

  it("restarts when the current index no longer exists, and gives null with no items", () => {
    expect(stepIndex(5, 2, 1)).toBe(0);
    expect(stepIndex(0, 0, 1)).toBeNull();
  });
});
