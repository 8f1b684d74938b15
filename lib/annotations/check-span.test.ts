import { describe, expect, it } from "vitest";
import { checkSpan } from "./check-span";

describe("checkSpan", () => {
  it("returns the quote of a span counted in code points after an emoji", () => {
    // Python: "😔 قال إنه غادر"[2:5] == "قال"
    expect(checkSpan("😔 قال إنه غادر", { start: 2, end: 5 })).toEqual({ ok: true, quote: "قال" });
  });

  it("accepts a quote equal to the text and refuses one taken with UTF-16 offsets, showing the text there", () => {
    const text = "😔 left the camp";
    expect(checkSpan(text, { start: 2, end: 6, quote: "left" })).toEqual({ ok: true, quote: "left" });
    const result = checkSpan(text, { start: 3, end: 7, quote: "left" });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('The quote does not match the text at 3–7, which reads "eft "') });
  });

  it("keeps a combining mark with the quote when the span includes it", () => {
    expect(checkSpan("cafe\u0301 noir", { start: 0, end: 5 })).toEqual({ ok: true, quote: "cafe\u0301" });
  });

  it("refuses a span that ends after the text and says how long the text is", () => {
    expect(checkSpan("تركت التنظيم", { start: 5, end: 13 })).toEqual({
      ok: false,
      error: expect.stringContaining("The span 5–13 ends after the text, which is 12 code points long"),
    });
  });

  it("refuses an empty or reversed span", () => {
    expect(checkSpan("abc", { start: 2, end: 2 })).toEqual({ ok: false, error: "The span is empty: end (2) must be greater than start (2)." });
    expect(checkSpan("abc", { start: 2, end: 1 }).ok).toBe(false);
  });

  it("refuses negative and fractional offsets", () => {
    expect(checkSpan("abc", { start: -1, end: 2 }).ok).toBe(false);
    expect(checkSpan("abc", { start: 0.5, end: 2 }).ok).toBe(false);
  });

  it("refuses a span of whitespace only, newlines included", () => {
    expect(checkSpan("one\n\n two", { start: 3, end: 6 })).toEqual({
      ok: false,
      error: "The span 3–6 covers only whitespace; code a passage with words.",
    });
  });

  it("shortens a long mismatching text in its message", () => {
    const text = "word ".repeat(40);
    const result = checkSpan(text, { start: 0, end: 150, quote: "x" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("…\". Offsets count");
  });
});
