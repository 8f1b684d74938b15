import { describe, expect, it } from "vitest";
import { alphaBand } from "./alpha-band";

describe("alphaBand", () => {
  it("follows Krippendorff (2004, p. 241): .800 and above reliable, .667 to .800 tentative, below not reliable", () => {
    expect(alphaBand(1)).toBe("reliable");
    expect(alphaBand(0.8)).toBe("reliable");
    expect(alphaBand(0.7999)).toBe("tentative");
    expect(alphaBand(0.667)).toBe("tentative");
    expect(alphaBand(0.6669)).toBe("unreliable");
    expect(alphaBand(-0.3)).toBe("unreliable");
  });
});
