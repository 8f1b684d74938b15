import { HIT_CLOSE, HIT_OPEN } from "./highlighted-hits";

// Short vowels, shadda, sukun and the other Arabic marks (U+064B-U+065F), the superscript alef (U+0670) and the
// tatweel (U+0640) are left out; the letter variants below become their plain letter, one for one. The search index
// holds its text folded the same way (drizzle/0009_documents_fts_arabic_letters.sql).
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
const LETTER_VARIANTS: Record<string, string> = {
  "\u0623": "\u0627", // alef with hamza above → alef
  "\u0625": "\u0627", // alef with hamza below → alef
  "\u0622": "\u0627", // alef with madda → alef
  "\u0671": "\u0627", // alef wasla → alef
  "\u0624": "\u0648", // hamza on waw → waw
  "\u0626": "\u064A", // hamza on yeh → yeh
  "\u0649": "\u064A", // alef maqsura → yeh
  "\u0629": "\u0647", // teh marbuta → heh
};
const VARIANT = /[\u0623\u0625\u0622\u0671\u0624\u0626\u0649\u0629]/gu;
const FOLDED_AWAY = /[\u064B-\u065F\u0670\u0640\u0623\u0625\u0622\u0671\u0624\u0626\u0649\u0629]/u;

const isArabicMark = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;

/**
 * Text as the search index holds it: Arabic without its marks and with one form of each letter, so "النِّظامَ" and
 * "النظام", "إعدام" and "اعدام", "مدينة" and "مدينه" are one word.
 */
export function foldArabicForSearch(text: string): string {
  return text.replace(ARABIC_MARKS, "").replace(VARIANT, (letter) => LETTER_VARIANTS[letter]!);
}

/**
 * The stored text `original` with the hit markers that SQLite's highlight() put into its folded copy `markedFolded`.
 * A mark after the last letter of a hit stays inside it, as it belongs to that letter. Marks, letters and markers are
 * single UTF-16 units and folded letters keep their place, so the two texts are walked unit by unit (a surrogate pair
 * passes through both alike) and every character of the result comes from the stored text.
 *
 * @example remarkOriginal("لنقاتل \u0002النظام\u0003", "لنقاتل النِّظامَ") // "لنقاتل \u0002النِّظامَ\u0003"
 */
export function remarkOriginal(markedFolded: string, original: string): string {
  if (!FOLDED_AWAY.test(original)) return markedFolded;
  const isMarker = (utf16Index: number) => markedFolded[utf16Index] === HIT_OPEN || markedFolded[utf16Index] === HIT_CLOSE;
  const parts: string[] = [];
  let copiedUpTo = 0;
  let foldedIndex = 0;
  for (let utf16Index = 0; utf16Index < original.length; utf16Index++) {
    if (isArabicMark(original.charCodeAt(utf16Index))) continue;
    if (isMarker(foldedIndex)) {
      parts.push(original.slice(copiedUpTo, utf16Index));
      copiedUpTo = utf16Index;
      while (isMarker(foldedIndex)) parts.push(markedFolded[foldedIndex++]!);
    }
    foldedIndex++;
  }
  parts.push(original.slice(copiedUpTo), markedFolded.slice(foldedIndex));
  return parts.join("");
}
