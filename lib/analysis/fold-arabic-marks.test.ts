import { describe, expect, it } from "vitest";
import { foldArabicMarks, remarkOriginal } from "./fold-arabic-marks";
import { HIT_CLOSE as C, HIT_OPEN as O, highlightedHits } from "./highlighted-hits";

describe("foldArabicMarks", () => {
  it("drops short vowels, shadda, sukun and tatweel, and leaves letters, digits and Latin accents alone", () => {
    expect(foldArabicMarks("النِّظامَ")).toBe("النظام");
    expect(foldArabicMarks("الأُمَرَاءْ والنـظام ٢٠١٥ café")).toBe("الأمراء والنظام ٢٠١٥ café");
  });
});

describe("remarkOriginal", () => {
  it("puts each hit of the folded text around the same word of the stored text, its marks included", () => {
    const original = "😔 جئنا لنقاتل النِّظامَ، ثم النظام.";
    const marked = remarkOriginal(`😔 جئنا لنقاتل ${O}النظام${C}، ثم ${O}النظام${C}.`, original);
    expect(marked).toBe(`😔 جئنا لنقاتل ${O}النِّظامَ${C}، ثم ${O}النظام${C}.`);
    // The emoji is one code point: the first hit spans code points 14 to 23 of the stored text.
    expect(highlightedHits(marked)).toEqual([
      { start: 14, end: 23 },
      { start: 28, end: 34 },
    ]);
  });

  it("keeps a hit at the very end, and text without marks as it was", () => {
    expect(remarkOriginal(`the ${O}regime${C}`, "the regime")).toBe(`the ${O}regime${C}`);
    expect(remarkOriginal(`${O}جئنا${C}`, "جِئْنَا")).toBe(`${O}جِئْنَا${C}`);
  });
});
