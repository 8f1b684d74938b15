/** How many letters of each kind a sample holds; each Arabic-script letter counts in `arabicScript`. */
export type LetterScriptCounts = {
  letters: number;
  /** Letters of scripts written right to left: Arabic, Hebrew, Syriac, Thaana, N'Ko. */
  rightToLeft: number;
  arabicScript: number;
  /** Arabic-script letters that Persian, Urdu or Kurdish use and Arabic does not (پ چ ژ گ ک ی ٹ ڈ ڑ ں ھ ے ۆ ێ ڕ ڵ ڤ). */
  nonArabicInArabicScript: number;
  hebrew: number;
};

const NOT_LETTER = 0;
const OTHER_LETTER = 1;
const ARABIC = 2;
const NON_ARABIC_IN_ARABIC_SCRIPT = 3;
const HEBREW = 4;
const OTHER_RIGHT_TO_LEFT = 5;

const LETTER = /^\p{L}$/u;
const NON_ARABIC =
  /^[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06D2\u06C6\u06CE\u0695\u06B5\u06A4]$/u;

function classify(character: string): number {
  if (!LETTER.test(character)) return NOT_LETTER;
  if (/^\p{Script=Arabic}$/u.test(character)) return NON_ARABIC.test(character) ? NON_ARABIC_IN_ARABIC_SCRIPT : ARABIC;
  if (/^\p{Script=Hebrew}$/u.test(character)) return HEBREW;
  if (/^[\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]$/u.test(character)) return OTHER_RIGHT_TO_LEFT;
  return OTHER_LETTER;
}

// Testing Unicode properties with a regular expression per character made a 10,000-row CSV import take seconds, so
// each UTF-16 unit of the Basic Multilingual Plane is classified once, on first use, into this table.
let bmpClasses: Uint8Array | undefined;

function getBmpClasses(): Uint8Array {
  if (bmpClasses === undefined) {
    bmpClasses = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit < 0xd800 || unit > 0xdfff) bmpClasses[unit] = classify(String.fromCharCode(unit));
    }
  }
  return bmpClasses;
}

/** Counts the letters among the first `sampleSize` letters of `text` by script. Non-letters are skipped. */
export function countLetterScripts(text: string, sampleSize: number): LetterScriptCounts {
  const classes = getBmpClasses();
  const counts = { letters: 0, rightToLeft: 0, arabicScript: 0, nonArabicInArabicScript: 0, hebrew: 0 };
  for (let utf16Index = 0; utf16Index < text.length && counts.letters < sampleSize; utf16Index++) {
    const codePoint = text.codePointAt(utf16Index)!;
    const kind = codePoint > 0xffff ? classify(String.fromCodePoint(codePoint)) : classes[codePoint]!;
    if (codePoint > 0xffff) utf16Index++;
    if (kind === NOT_LETTER) continue;
    counts.letters++;
    if (kind === ARABIC || kind === NON_ARABIC_IN_ARABIC_SCRIPT) counts.arabicScript++;
    if (kind === NON_ARABIC_IN_ARABIC_SCRIPT) counts.nonArabicInArabicScript++;
    if (kind === HEBREW) counts.hebrew++;
    if (kind !== OTHER_LETTER) counts.rightToLeft++;
  }
  return counts;
}
