import { HIT_CLOSE, HIT_OPEN } from "./highlighted-hits";

// Short vowels, shadda, sukun and the other Arabic marks (U+064B-U+065F), the superscript alef (U+0670) and the
// tatweel (U+0640): the same characters drizzle/0005_documents_fts_arabic_marks.sql leaves out of the search index.
const ARABIC_MARK = /[\u064B-\u065F\u0670\u0640]/u;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

const isArabicMark = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;

/** Text as the search index holds it: Arabic without its marks, so "النِّظامَ" and "النظام" are one word. */
export function foldArabicMarks(text: string): string {
  return text.replace(ARABIC_MARKS, "");
}

/**
 * The stored text `original` with the hit markers that SQLite's highlight() put into its folded copy `markedFolded`.
 * A mark after the last letter of a hit stays inside it, as it belongs to that letter. Marks and markers are single
 * UTF-16 units, so the two texts are walked unit by unit (a surrogate pair passes through both alike).
 *
 * @example remarkOriginal("لنقاتل \u0002النظام\u0003", "لنقاتل النِّظامَ") // "لنقاتل \u0002النِّظامَ\u0003"
 */
export function remarkOriginal(markedFolded: string, original: string): string {
  if (!ARABIC_MARK.test(original)) return markedFolded;
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
