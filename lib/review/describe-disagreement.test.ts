import { describe, expect, it } from "vitest";
import { describeDisagreement } from "./describe-disagreement";

const names: Record<number, string> = { 1: "Sunni infighting", 3: "Corruption" };

describe("describeDisagreement", () => {
  it("names the position, the quote, each coder's codes and the kinds", () => {
    const text = describeDisagreement(
      { kinds: ["unmatched", "code"], codesByCoder: [{ coder: "coder1", codes: [1] }, { coder: "coder2", codes: [] }, { coder: "coder3", codes: [1, 3] }] },
      { position: 2, count: 3, quote: " the emirs had cars ", codeName: (code) => names[code]! },
    );
    expect(text).toBe(
      "Disagreement 2 of 3: “the emirs had cars”. coder1: Sunni infighting; coder2: nothing; coder3: Sunni infighting and Corruption. One coded it and another did not; different codes.",
    );
  });

  it("shortens a long quote by code points, never splitting an emoji", () => {
    const quote = `${"a".repeat(79)}😔 and more`;
    const text = describeDisagreement({ kinds: ["boundary"], codesByCoder: [] }, { position: 1, count: 1, quote, codeName: String });
    expect(text).toContain(`“${"a".repeat(79)}😔…”`);
  });
});
