import { describe, expect, it } from "vitest";
import { readStoredText } from "./stored-text";

describe("readStoredText", () => {
  it("normalises CRLF and lone CR to LF and reports how the file ended its lines", () => {
    expect(readStoredText("a\r\nb").text).toBe("a\nb");
    expect(readStoredText("a\r\nb").lineEndings).toBe("CRLF");
    expect(readStoredText("a\rb").text).toBe("a\nb");
    expect(readStoredText("a\rb").lineEndings).toBe("CR");
    expect(readStoredText("a\nb").lineEndings).toBe("LF");
  });

  it("moves a position back by one for each CR dropped before it", () => {
    // "x\r\ny\r\nzz": "zz" starts at 6 in the stored text, at 4 once normalised ("x\ny\nzz").
    const text = readStoredText("x\r\ny\r\nzz");
    expect(text.toNormalized(6, "codePoints")).toBe(4);
    expect(text.slice(4, 6)).toBe("zz");
    expect(text.toNormalized(8, "utf16")).toBe(6);
  });

  it("puts a position between CR and LF before the LF", () => {
    const text = readStoredText("ab\r\ncd");
    expect(text.toNormalized(3, "codePoints")).toBe(2);
    expect(text.slice(2, 3)).toBe("\n");
  });

  it("reads UTF-16 positions after an emoji as one code point less", () => {
    // "😔 قال": NVivo writes "قال" as 3–6 (UTF-16), the standard as 2–5 (code points).
    const text = readStoredText("😔 قال");
    expect(text.toNormalized(3, "utf16")).toBe(2);
    expect(text.toNormalized(6, "utf16")).toBe(5);
    expect(text.toNormalized(2, "codePoints")).toBe(2);
    expect(text.slice(2, 5)).toBe("قال");
  });

  it("combines both moves: emoji and CRLF before the passage", () => {
    // Stored "🤣\r\nhi": "hi" is UTF-16 4–6; normalised "🤣\nhi" puts it at code points 2–4.
    const text = readStoredText("🤣\r\nhi");
    expect([text.toNormalized(4, "utf16"), text.toNormalized(6, "utf16")]).toEqual([2, 4]);
  });

  it("gives null for positions that are not inside the text", () => {
    const text = readStoredText("abc");
    expect(text.toNormalized(4, "codePoints")).toBeNull();
    expect(text.toNormalized(-1, "utf16")).toBeNull();
    expect(text.toNormalized(Number.NaN, "utf16")).toBeNull();
    expect(text.toNormalized(1.5, "codePoints")).toBeNull();
  });

  it("measures the stored text, line endings as written", () => {
    const text = readStoredText("é😔\r\n");
    expect([text.codePointLength, text.utf16Length]).toEqual([4, 5]);
  });
});
