import { foldArabicForSearch } from "@/lib/analysis/fold-arabic-for-search";

/**
 * A code name as the finder compares it, folded as the search index folds text: Arabic without its marks and with one
 * form of each letter (lib/analysis/fold-arabic-for-search.ts), Latin letters without accents (FTS5's
 * remove_diacritics), lower case.
 */
export function foldCodeName(name: string): string {
  return foldArabicForSearch(name).normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase();
}

/** The words of a folded name: runs of letters and digits. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
