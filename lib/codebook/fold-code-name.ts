import { foldArabicMarks } from "@/lib/analysis/fold-arabic-marks";

/**
 * A code name as the finder compares it, folded as the search index folds text: Arabic without its vowel marks and
 * tatweel (lib/analysis/fold-arabic-marks.ts), Latin letters without accents (FTS5's remove_diacritics), lower case.
 * Composed Arabic letters such as أ stay as they are, as they do in the index.
 */
export function foldCodeName(name: string): string {
  return foldArabicMarks(name).normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase();
}

/** The words of a folded name: runs of letters and digits. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
