import { describe, expect, it } from "vitest";
import { detectDirection } from "./detect-direction";

describe("detectDirection", () => {
  it("is rtl for Arabic", () => {
    expect(detectDirection("قال إنه غادر التنظيم في ٢٠١٥")).toBe("rtl");
  });
  it("is rtl for Hebrew", () => {
    expect(detectDirection("הוא עזב את הארגון")).toBe("rtl");
  });
  it("is rtl for an Arabic statement that opens with a Latin heading", () => {
    expect(detectDirection("Interview 3 (Abu Omar)\n\nقال إنه غادر التنظيم بعد سنة من القتال")).toBe("rtl");
  });
  it("is ltr for English with an Arabic name in it", () => {
    expect(detectDirection("He said that Abu Omar (أبو عمر) left the group in 2015.")).toBe("ltr");
  });
  it("ignores digits and punctuation, which have no direction of their own", () => {
    expect(detectDirection("2015 — 12:30! قال")).toBe("rtl");
  });
  it("is ltr for text with no letters", () => {
    expect(detectDirection("2015 😔")).toBe("ltr");
  });
});
