import { createCodePointIndex } from "../offsets/code-points";
import type { Span } from "./highlighted-hits";

export const HIT_SCOPES = ["hit", "sentence", "paragraph"] as const;
export type HitScope = (typeof HIT_SCOPES)[number];

// A sentence ends at . ! ? … or the Arabic question mark ؟ followed by white space, or at a line break.
const SENTENCE_END = /[.!?…؟]+(?=\s)|\n/g;
const PARAGRAPH_END = /\n\s*\n/g;

/**
 * The passage a search hit (code points of `text`) stands for when coding all hits: the hit itself, its sentence or
 * its paragraph, without the white space around it.
 */
export function expandSpan(text: string, hit: Span, scope: HitScope): Span {
  if (scope === "hit") return hit;
  const index = createCodePointIndex(text);
  const hitStart = index.toUtf16Index(hit.start);
  const hitEnd = index.toUtf16Index(hit.end);
  let startUtf16Index = 0;
  let endUtf16Index = text.length;
  for (const boundary of text.matchAll(scope === "sentence" ? SENTENCE_END : PARAGRAPH_END)) {
    const boundaryEnd = boundary.index + boundary[0].length;
    if (boundaryEnd <= hitStart) startUtf16Index = boundaryEnd;
    else if (boundary.index >= hitEnd) {
      // A sentence keeps its closing mark; a paragraph ends before its blank line.
      endUtf16Index = scope === "sentence" && boundary[0] !== "\n" ? boundaryEnd : boundary.index;
      break;
    }
  }
  while (startUtf16Index < hitStart && /\s/.test(text[startUtf16Index]!)) startUtf16Index++;
  while (endUtf16Index > hitEnd && /\s/.test(text[endUtf16Index - 1]!)) endUtf16Index--;
  return { start: index.fromUtf16Index(startUtf16Index), end: index.fromUtf16Index(endUtf16Index) };
}

/** Spans sorted and joined where they overlap, so two hits in one sentence make one passage. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
