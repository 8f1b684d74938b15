import { arabicPrefixedForms } from "./arabic-prefixed-forms";
import { foldArabicForSearch } from "./fold-arabic-for-search";
import { fail, ok, type Result } from "./result";

export const MAX_QUERY_LENGTH = 200;

/**
 * A search as a person types it, turned into an FTS5 expression over the text column: every word must occur;
 * "words in quotes" must occur together; a word ending in * matches every word it begins. Each term is quoted, so
 * FTS5 operators and punctuation in the query (AND, NEAR, -, :) are searched as text and never break the query.
 * Arabic is folded as in the index (marks dropped, letter variants made one), and an Arabic word also matches its
 * forms behind fused prefixes (و ف ب ك ل ال), so "النظام" finds "والنظام".
 *
 * @example buildFtsQuery('regime "fellow Sunnis" apostat*') // text : ("regime" "fellow Sunnis" "apostat"*)
 */
export function buildFtsQuery(query: string): Result<string> {
  if (query.length > MAX_QUERY_LENGTH) return fail(`The search is longer than ${MAX_QUERY_LENGTH} characters; shorten it.`);
  const terms: string[] = [];
  for (const [, phrase, word] of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const text = foldArabicForSearch(phrase ?? word ?? "").replace(/"/g, "");
    const prefix = phrase === undefined && text.endsWith("*");
    const bare = prefix ? text.replace(/\*+$/, "") : text;
    // The tokenizer drops punctuation: a term without a letter or digit would match nothing.
    if (!/[\p{L}\p{N}]/u.test(bare)) continue;
    const star = prefix ? "*" : "";
    const forms = phrase === undefined ? arabicPrefixedForms(bare.replace(/\*/g, " ").trim()) : [bare.trim()];
    const quoted = forms.map((form) => `"${form}"${star}`);
    terms.push(quoted.length === 1 ? quoted[0]! : `(${quoted.join(" OR ")})`);
  }
  if (terms.length === 0) return fail("Type a word to search for.");
  return ok(`text : (${terms.join(" ")})`);
}
