const ARTICLE = "ال";
const CONJUNCTIONS = ["", "و", "ف"];
const PREPOSITIONS = ["", "ب", "ك", "ل"];
const ARABIC_LETTER = /^[\u0621-\u064A\u0671-\u06D3]+$/u;

/**
 * The forms an Arabic word takes behind the clitics written fused to it: a conjunction (و, ف), then a preposition
 * (ب, ك, ل), then the article (ال), each optional; ل before the article is written لل (ل alone before a core that
 * begins with ل: لله, للحم). A word typed with the article
 * keeps it, so "النظام" finds "والنظام", "بالنظام" and "للنظام" but not "نظام", while "نظام" finds all of them. The
 * user's own letters are never stripped: "بيت" is not read as ب + "يت". A word that is not all Arabic letters has
 * itself as its only form.
 *
 * @example arabicPrefixedForms("الله") // ["الله", "بالله", "كالله", "لله", "والله", ...]
 */
export function arabicPrefixedForms(word: string): string[] {
  if (!ARABIC_LETTER.test(word)) return [word];
  const hasArticle = word.startsWith(ARTICLE) && word.length > ARTICLE.length;
  const core = hasArticle ? word.slice(ARTICLE.length) : word;
  const articles = hasArticle ? [ARTICLE] : ["", ARTICLE];
  const forms: string[] = [];
  for (const conjunction of CONJUNCTIONS) {
    for (const preposition of PREPOSITIONS) {
      for (const article of articles) {
        const joined = preposition === "ل" && article === ARTICLE ? lamBeforeArticle(core) : preposition + article;
        forms.push(conjunction + joined + core);
      }
    }
  }
  return forms;
}

/** ل + ال + core drops the article's alef, and its lam merges with a core that begins with one. */
function lamBeforeArticle(core: string): string {
  return core.startsWith("ل") ? "ل" : "لل";
}
