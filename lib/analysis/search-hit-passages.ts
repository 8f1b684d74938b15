import { createCodePointIndex } from "../offsets/code-points";
import { expandSpan, type HitScope, mergeSpans } from "./expand-span";
import { highlightedHits, unmarked } from "./highlighted-hits";

export type HitPassage = { start: number; end: number; quote: string };

/**
 * The passages "code all hits" suggests in one statement whose hits are marked: each hit widened to `scope`, hits
 * sharing a sentence or paragraph joined into one passage, with the quote a suggestion stores.
 */
export function searchHitPassages(marked: string, scope: HitScope): HitPassage[] {
  const text = unmarked(marked);
  const index = createCodePointIndex(text);
  return mergeSpans(highlightedHits(marked).map((hit) => expandSpan(text, hit, scope))).map(({ start, end }) => ({
    start,
    end,
    quote: text.slice(index.toUtf16Index(start), index.toUtf16Index(end)),
  }));
}
