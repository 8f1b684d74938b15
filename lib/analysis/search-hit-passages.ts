import { mergeOverlappingSpans } from "@/lib/text/merge-spans";
import { createCodePointIndex } from "../offsets/code-points";
import { expandHits, type HitScope } from "./expand-span";
import { highlightedHits, unmarked } from "./highlighted-hits";

export type HitPassage = { start: number; end: number; quote: string };

/**
 * The passages "code all hits" suggests in one statement whose hits are marked: each hit widened to `scope`, hits
 * sharing a sentence or paragraph joined into one passage, with the quote a suggestion stores.
 */
export function searchHitPassages(marked: string, scope: HitScope): HitPassage[] {
  const text = unmarked(marked);
  const index = createCodePointIndex(text);
  return mergeOverlappingSpans(expandHits(text, highlightedHits(marked), scope)).spans.map(({ start, end }) => ({
    start,
    end,
    quote: text.slice(index.toUtf16Index(start), index.toUtf16Index(end)),
  }));
}
