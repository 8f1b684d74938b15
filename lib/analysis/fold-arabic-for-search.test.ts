import { describe, expect, it } from "vitest";
import { foldArabicForSearch, remarkOriginal } from "./fold-arabic-for-search";
import { HIT_CLOSE as C, HIT_OPEN as O, highlightedHits } from "./highlighted-hits";

describe("foldArabicForSearch", () => {
  it("drops short vowels, shadda, sukun and tatweel, and leaves other letters, digits and Latin accents alone", () => {
    expect(foldArabicForSearch("النِّظامَ")).toBe("النظام");
    expect(foldArabicForSearch("الأُمَرَاءْ والنـظام ٢٠١٥ café")).toBe("الامراء والنظام ٢٠١٥ café");
  });

  it("makes one letter of alef with hamza or madda, hamza seats, alef maqsura and teh marbuta, one for one", () => {
    expect(foldArabicForSearch("إعدام أمير آخر ٱلله مؤمن سئل على مدينة")).toBe("اعدام امير اخر الله مومن سيل علي مدينه");
    expect(foldArabicForSearch("إعدام").length).toBe("إعدام".length);
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

  it("gives back the stored letter variants, not the folded ones", () => {
    const original = "شهدنا إعدامَ أسرى في المدينة";
    expect(remarkOriginal(`شهدنا ${O}اعدام${C} اسري في ${O}المدينه${C}`, original)).toBe(`شهدنا ${O}إعدامَ${C} أسرى في ${O}المدينة${C}`);
  });
});
