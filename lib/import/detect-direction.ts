import { countLetterScripts } from "./count-letter-scripts";
import type { TextDirection } from "./types";

/**
 * "rtl" when most of the first 200 letters are of a script written right to left (Arabic, Hebrew, Syriac, Thaana,
 * N'Ko), else "ltr". Letters are the strong directional characters that matter; digits and punctuation take the
 * direction around them. Looking at a sample rather than the first letter keeps an English heading or a Latin alias
 * at the start of an Arabic statement from turning the whole statement left to right.
 */
export function detectDirection(text: string): TextDirection {
  const { letters, rightToLeft } = countLetterScripts(text, 200);
  return rightToLeft * 2 > letters ? "rtl" : "ltr";
}
