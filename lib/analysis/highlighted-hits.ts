import type { Span } from "@/lib/annotations/span";

/** The markers the search asks SQLite's highlight() to put around each hit: control characters no statement holds. */
export const HIT_OPEN = "\u0002";
export const HIT_CLOSE = "\u0003";

/** The hits marked by highlight() in `marked`, as code point spans of the text without the markers. */
export function highlightedHits(marked: string): Span[] {
  const hits: Span[] = [];
  let codePoint = 0;
  let start = -1;
  for (const character of marked) {
    if (character === HIT_OPEN) start = codePoint;
    else if (character === HIT_CLOSE) hits.push({ start, end: codePoint });
    else codePoint++;
  }
  return hits;
}

/** The text without the markers. */
export function unmarked(marked: string): string {
  return marked.replaceAll(HIT_OPEN, "").replaceAll(HIT_CLOSE, "");
}
