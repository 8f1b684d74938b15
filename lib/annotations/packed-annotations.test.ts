import { describe, expect, it } from "vitest";
import { type CodedPassage, packAnnotations, unpackAnnotations } from "./packed-annotations";

// Arabic, an emoji (two UTF-16 units, one code point) and a combining mark, so code points and UTF-16 indices differ.
const TEXT = "😔 قال التنظيم e\u0301 the emirs had cars";
const passage = (id: number, code: number, start: number, end: number, quote: string, memo = ""): CodedPassage => ({ id, code, start, end, quote, memo });

describe("packAnnotations", () => {
  it("sends no quote that the text holds at the offsets, and no empty memo", () => {
    const annotations = [passage(7, 1, 2, 5, "قال"), passage(8, 2, 0, 1, "😔", "grief"), passage(9, 1, 17, 20, "the")];
    expect(packAnnotations(TEXT, annotations)).toEqual({ ids: [7, 8, 9], codes: [1, 2, 1], starts: [2, 0, 17], ends: [5, 1, 20], memos: { 1: "grief" }, quotes: {} });
  });

  it("keeps a quote the text no longer holds (the text was edited after coding)", () => {
    expect(packAnnotations(TEXT, [passage(1, 1, 21, 26, "Emirs")]).quotes).toEqual({ 0: "Emirs" });
    expect(packAnnotations("short", [passage(1, 1, 3, 9, "beyond")]).quotes).toEqual({ 0: "beyond" });
  });
});

describe("unpackAnnotations", () => {
  it("gives back exactly what was packed, quotes cut at code point offsets", () => {
    const annotations = [
      passage(1, 3, 0, 5, "😔 قال", "memo"),
      passage(2, 1, 14, 16, "e\u0301"),
      passage(3, 2, 21, 26, "Emirs"),
      passage(-4, 1, 31, 35, "cars"),
    ];
    expect(unpackAnnotations(TEXT, packAnnotations(TEXT, annotations))).toEqual(annotations);
  });

  it("unpacks no annotations to none", () => {
    expect(unpackAnnotations(TEXT, packAnnotations(TEXT, []))).toEqual([]);
  });
});
