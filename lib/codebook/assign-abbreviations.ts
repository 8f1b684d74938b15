/** What the abbreviations are made of: a code's name words and its ancestors' (nearest first), folded, letters only. */
export type AbbreviationSource = { id: number; nameWords: readonly string[]; ancestorWords: readonly (readonly string[])[] };

const LENGTH = 3;
// Initials from farther up than the grandparent are hard to guess and costly to enumerate on deep trees.
const ANCESTORS_USED = 2;
const LATIN = [..."abcdefghijklmnopqrstuvwxyz"];
const ARABIC = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي"];
const isArabic = (letter: string) => /\p{Script=Arabic}/u.test(letter);

/**
 * Gives every code a unique abbreviation of at most three letters, the letters a coder types to reach it whatever
 * else the codebook holds (typed, it ranks its code first). The first free candidate wins, from the most natural on:
 * the name's first letters ("bre" for Bread), its words' initials ("fas" for Fighting against Sunnis), the initials
 * of its parent's or grandparent's name before its own ("epb" for Economy › Prices › Bread), then other letters of
 * the name, and at last any three letters (there are 17,576, so every codebook of a realistic size has room).
 * Codes claim in the order given, so the caller passes the oldest first: a new code does not take an existing
 * code's letters. A letter in `reservedFirst` (a code's own one-letter shortcut) never starts an abbreviation, as
 * pressing it codes instead of opening the finder.
 */
export function assignAbbreviations(sources: readonly AbbreviationSource[], reservedFirst: ReadonlySet<string> = new Set()): Map<number, string> {
  const taken = new Set<string>();
  const result = new Map<number, string>();
  for (const source of sources) {
    for (const candidate of candidatesOf(source)) {
      if (taken.has(candidate) || reservedFirst.has(candidate[0]!)) continue;
      taken.add(candidate);
      result.set(source.id, candidate);
      break;
    }
  }
  return result;
}

/** Candidates in the script of the name's first letter only: a coder should not switch keyboard layouts mid-way. */
function* candidatesOf(source: AbbreviationSource): Generator<string> {
  const arabic = isArabic(source.nameWords.join("")[0] ?? "a");
  const sameScript = (words: readonly string[]) => words.filter((word) => isArabic(word[0]!) === arabic);
  const nameWords = sameScript(source.nameWords);
  const ancestorWords = source.ancestorWords.slice(0, ANCESTORS_USED).map(sameScript);
  const letters = nameWords.join("");
  if (letters.length > 0) yield letters.slice(0, LENGTH);
  yield* byInitialsFirst(pieces(nameWords, LENGTH, 0));
  let chain = nameWords;
  for (const ancestor of ancestorWords) {
    chain = [...ancestor, ...chain];
    yield* byInitialsFirst(pieces(chain, LENGTH, chain.length - nameWords.length));
  }
  for (let second = 1; second < letters.length; second++) {
    for (let third = second + 1; third < letters.length; third++) yield letters[0]! + letters[second]! + letters[third]!;
  }
  const alphabet = [...new Set([...letters, ...(arabic ? ARABIC : LATIN)])];
  for (const first of letters.length > 0 ? [letters[0]!, ...alphabet] : alphabet) {
    for (const second of alphabet) for (const third of alphabet) yield first + second + third;
  }
}

/** Cuts of `length` letters from word prefixes in order, the first piece on word 0 and the last on `lastFrom` or after. */
function pieces(words: readonly string[], length: number, lastFrom: number): string[][] {
  const cuts: string[][] = [];
  const walk = (wordIndex: number, left: number, taken: string[]) => {
    for (let size = Math.min(left, words[wordIndex]!.length); size >= 1; size--) {
      const next = [...taken, words[wordIndex]!.slice(0, size)];
      if (size === left) {
        if (wordIndex >= lastFrom) cuts.push(next);
        continue;
      }
      for (let later = wordIndex + 1; later < words.length; later++) walk(later, left - size, next);
    }
  };
  if (words.length > 0) walk(0, length, []);
  return cuts;
}

function* byInitialsFirst(cuts: string[][]): Generator<string> {
  for (const cut of [...cuts].sort((a, b) => b.length - a.length)) yield cut.join("");
}
