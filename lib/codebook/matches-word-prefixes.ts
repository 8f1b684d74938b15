/**
 * Whether `query` splits into pieces that are prefixes of `words` in order, each piece on a later word than the one
 * before, the last one on a word at index `lastFrom` or after: "fas" fits "fighting against sunnis", and so do "fias"
 * and "fsu"; "epb" fits "economy prices bread". Failed states are remembered, so it is O(query × words × longest
 * piece) however the pieces could be cut.
 */
export function matchesWordPrefixes(query: string, words: readonly string[], lastFrom = 0): boolean {
  if (query.length === 0 || words.length === 0) return false;
  const failed = new Uint8Array((query.length + 1) * (words.length + 1));
  const fits = (at: number, fromWord: number): boolean => {
    const state = at * (words.length + 1) + fromWord;
    if (failed[state]) return false;
    for (let wordIndex = fromWord; wordIndex < words.length; wordIndex++) {
      const word = words[wordIndex]!;
      let common = 0;
      while (common < word.length && at + common < query.length && word[common] === query[at + common]) common++;
      for (let piece = common; piece >= 1; piece--) {
        if (at + piece === query.length ? wordIndex >= lastFrom : fits(at + piece, wordIndex + 1)) return true;
      }
    }
    failed[state] = 1;
    return false;
  };
  return fits(0, 0);
}
