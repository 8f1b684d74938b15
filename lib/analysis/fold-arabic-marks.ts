import { HIT_CLOSE, HIT_OPEN } from "./highlighted-hits";

// Short vowels, shadda, sukun and the other Arabic marks (U+064B-U+065F), the superscript alef (U+0670) and the
// tatweel (U+0640): the same characters drizzle/0005_documents_fts_arabic_marks.sql leaves out of the search index.
const ARABIC_MARK = /[\u064B-\u065F\u0670\u0640]/u;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

/** Text as the search index holds it: Arabic without its marks, so "النِّظامَ" and "النظام" are one word. */
export function foldArabicMarks(text: string): string {
  return text.replace(ARABIC_MARKS, "");
}

/**
 * The stored text `original` with the hit markers that SQLite's highlight() put into its folded copy `markedFolded`.
 * A mark after the last letter of a hit stays inside it, as it belongs to that letter.
 *
 * @example remarkOriginal("لنقاتل \u0002النظام\u0003", "لنقاتل النِّظامَ") // "لنقاتل \u0002النِّظامَ\u0003"
 */
export function remarkOriginal(markedFolded: string, original: string): string {
  const folded = [...markedFolded];
  let at = 0;
  let out = "";
  for (const character of original) {
    if (ARABIC_MARK.test(character)) {
      out += character;
      continue;
    }
    while (folded[at] === HIT_OPEN || folded[at] === HIT_CLOSE) out += folded[at++];
    out += character;
    at++;
  }
  return out + folded.slice(at).join("");
}
