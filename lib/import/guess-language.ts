import { countLetterScripts } from "./count-letter-scripts";

/**
 * A language tag only where the script settles it, from the first 2,000 letters: "ar" when Arabic-script letters are
 * the majority and at most one in a hundred is a letter that marks Persian, Urdu or Kurdish; "he" when Hebrew letters
 * are the majority; null otherwise, for the researcher to set. Latin-script languages are not told apart.
 */
export function guessLanguage(text: string): string | null {
  const { letters, arabicScript, nonArabicInArabicScript, hebrew } = countLetterScripts(text, 2000);
  if (arabicScript * 2 > letters && nonArabicInArabicScript * 100 <= arabicScript) return "ar";
  if (hebrew * 2 > letters) return "he";
  return null;
}
