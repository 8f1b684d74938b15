import { createCodePointIndex } from "../offsets/code-points";
import { contextAround } from "./context-around";
import { highlightedHits, unmarked } from "./highlighted-hits";

export type KeywordLine = { start: number; end: number; before: string; hit: string; after: string; cutBefore: boolean; cutAfter: boolean };

export const KWIC_WORDS = 6;

/** One keyword-in-context line per hit marked in a statement's text, hits as code point offsets of the plain text. */
export function keywordInContext(marked: string, words = KWIC_WORDS): KeywordLine[] {
  const text = unmarked(marked);
  const index = createCodePointIndex(text);
  return highlightedHits(marked).map(({ start, end }) => {
    const { before, quote, after, cutBefore, cutAfter } = contextAround(text, start, end, words, index);
    return { start, end, before, hit: quote, after, cutBefore, cutAfter };
  });
}
