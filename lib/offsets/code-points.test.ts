import { describe, expect, it } from "vitest";
import { codePointLength, createCodePointIndex, sliceByCodePoints } from "./code-points";

// Expected code point counts are those of Python's len() on the same strings (len counts code points).
describe("codePointLength", () => {
  it("counts Arabic letters one each, as Python's len does", () => {
    expect(codePointLength("تركت التنظيم")).toBe(12);
  });
  it("counts an astral emoji as one code point though it is two UTF-16 units", () => {
    const text = "left 😔 in 2015";
    expect(text.length).toBe(15);
    expect(codePointLength(text)).toBe(14);
  });
  it("counts a combining mark as its own code point", () => {
    expect(codePointLength("e\u0301")).toBe(2);
  });
  it("counts CRLF as two code points", () => {
    expect(codePointLength("a\r\nb")).toBe(4);
  });
  it("counts a lone surrogate as one code point", () => {
    expect(codePointLength("a\ud800b")).toBe(3);
  });
});

describe("createCodePointIndex", () => {
  const text = "🙂 قال: 😔 e\u0301\r\nend 𝐀";

  it("round-trips every code point offset through UTF-16 indices", () => {
    const index = createCodePointIndex(text);
    const codePoints = Array.from(text);
    expect(index.length).toBe(codePoints.length);
    let utf16Index = 0;
    for (let codePoint = 0; codePoint <= codePoints.length; codePoint++) {
      expect(index.toUtf16Index(codePoint)).toBe(utf16Index);
      expect(index.fromUtf16Index(utf16Index)).toBe(codePoint);
      utf16Index += codePoints[codePoint]?.length ?? 0;
    }
  });

  it("maps an index inside a surrogate pair to that pair's code point", () => {
    const index = createCodePointIndex("a😔b");
    expect(index.fromUtf16Index(2)).toBe(1);
  });

  it("refuses offsets outside the text", () => {
    const index = createCodePointIndex("abc");
    expect(() => index.toUtf16Index(4)).toThrow("code point offset 4 is outside 0..3");
    expect(() => index.fromUtf16Index(-1)).toThrow(RangeError);
  });
});

describe("sliceByCodePoints", () => {
  it("cuts Arabic text after an emoji at the same words Python's slicing gives", () => {
    // Python: "😔 قال إنه غادر"[2:5] == "قال"
    expect(sliceByCodePoints("😔 قال إنه غادر", 2, 5)).toBe("قال");
  });
  it("keeps a base letter with its combining mark when both are inside the span", () => {
    expect(sliceByCodePoints("cafe\u0301 noir", 0, 5)).toBe("cafe\u0301");
  });
  it("slices CRLF text by code points, the carriage return counted", () => {
    expect(sliceByCodePoints("one\r\ntwo", 5, 8)).toBe("two");
  });
});
