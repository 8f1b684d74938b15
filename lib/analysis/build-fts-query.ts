import { foldArabicMarks } from "./fold-arabic-marks";
import { fail, ok, type Result } from "./result";

export const MAX_QUERY_LENGTH = 200;

/**
 * A search as a person types it, turned into an FTS5 expression over the text column: every word must occur;
 * "words in quotes" must occur together; a word ending in * matches every word it begins. Each term is quoted, so
 * FTS5 operators and punctuation in the query (AND, NEAR, -, :) are searched as text and never break the query.
 * Arabic marks are dropped, as in the index, so a vowelled word finds the word written either way.
 *
 * @example buildFtsQuery('regime "fellow Sunnis" apostat*') // text : ("regime" "fellow Sunnis" "apostat"*)
 */
export function buildFtsQuery(query: string): Result<string> {
  if (query.length > MAX_QUERY_LENGTH) return fail(`The search is longer than ${MAX_QUERY_LENGTH} characters; shorten it.`);
  const terms: string[] = [];
  for (const [, phrase, word] of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const text = foldArabicMarks(phrase ?? word ?? "").replace(/"/g, "");
    const prefix = phrase === undefined && text.endsWith("*");
    const bare = prefix ? text.replace(/\*+$/, "") : text;
    // The tokenizer drops punctuation: a term without a letter or digit would match nothing.
    if (!/[\p{L}\p{N}]/u.test(bare)) continue;
    terms.push(`"${bare.replace(/\*/g, " ").trim()}"${prefix ? "*" : ""}`);
  }
  if (terms.length === 0) return fail("Type a word to search for.");
  return ok(`text : (${terms.join(" ")})`);
}
