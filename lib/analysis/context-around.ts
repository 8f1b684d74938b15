import { type CodePointIndex, createCodePointIndex } from "../offsets/code-points";

export type PassageInContext = { before: string; quote: string; after: string; cutBefore: boolean; cutAfter: boolean };

/**
 * The passage between code points `start` and `end` of `text` with up to `words` words either side, whitespace runs
 * (line breaks too) shown as one space; `cutBefore`/`cutAfter` say whether the statement goes on beyond them. Pass
 * the text's `index` when taking many passages of one text.
 */
export function contextAround(text: string, start: number, end: number, words = 8, index: CodePointIndex = createCodePointIndex(text)): PassageInContext {
  const startUtf16Index = index.toUtf16Index(start);
  const endUtf16Index = index.toUtf16Index(end);
  const beforeUtf16Index = walkWords(text, startUtf16Index, words, -1);
  const afterUtf16Index = walkWords(text, endUtf16Index, words, 1);
  const tidy = (part: string) => part.replace(/\s+/g, " ");
  return {
    before: tidy(text.slice(beforeUtf16Index, startUtf16Index)).trimStart(),
    quote: tidy(text.slice(startUtf16Index, endUtf16Index)),
    after: tidy(text.slice(endUtf16Index, afterUtf16Index)).trimEnd(),
    cutBefore: goesOn(text, beforeUtf16Index, -1),
    cutAfter: goesOn(text, afterUtf16Index, 1),
  };
}

const WHITE_SPACE = /\s/;

/**
 * The UTF-16 index `words` words away from `utf16Index` in `direction`. The rest of a word the passage cuts, or
 * punctuation touching it, comes along without counting as a word. Whitespace never splits a surrogate pair.
 */
function walkWords(text: string, utf16Index: number, words: number, direction: -1 | 1): number {
  const isSpace = (at: number) => WHITE_SPACE.test(text[at]!);
  const outer = direction < 0 ? (at: number) => at > 0 : (at: number) => at < text.length;
  const next = direction < 0 ? (at: number) => at - 1 : (at: number) => at;
  let position = utf16Index;
  while (outer(position) && !isSpace(next(position))) position += direction;
  for (let count = 0; count < words; count++) {
    while (outer(position) && isSpace(next(position))) position += direction;
    if (!outer(position)) break;
    while (outer(position) && !isSpace(next(position))) position += direction;
  }
  return position;
}

/** Whether `text` holds anything but white space before (-1) or after (1) `utf16Index`. */
function goesOn(text: string, utf16Index: number, direction: -1 | 1): boolean {
  for (let at = direction < 0 ? utf16Index - 1 : utf16Index; at >= 0 && at < text.length; at += direction) {
    if (!WHITE_SPACE.test(text[at]!)) return true;
  }
  return false;
}
