import type { Span } from "@/lib/annotations/span";
import { createCodePointIndex } from "../offsets/code-points";

export type TextUnit = "document" | "sentence" | "paragraph";

// A fixed locale keeps the boundaries the same on every server; ICU's sentence rules (Unicode UAX #29) are the
// same for all locales without extra tailoring options anyway.
const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// A blank line is a line break, optional spaces or tabs, and another line break; more blank lines may follow.
const blankLines = /\n[^\S\n]*\n\s*/g;

// Intl.Segmenter takes time quadratic in the length of the string it walks (a 500,000-character statement took
// minutes), so it is given one line at a time, and a very long line a window at a time.
const WINDOW = 8_192;

/**
 * The sentences of `text` as Intl.Segmenter finds them in the whole text. A line break ends a sentence in UAX #29
 * (rule SB4), so lines are segmented alone. A line longer than WINDOW is segmented a window at a time: the last two
 * sentences of a window, whose boundaries may depend on text past its end (rule SB8 looks ahead), are found again
 * at the start of the next window.
 */
function* sentences(text: string): Generator<{ utf16Start: number; piece: string }> {
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    let start = lineStart;
    let window = WINDOW;
    while (start < lineEnd) {
      const end = Math.min(lineEnd, start + window);
      const found = [...sentenceSegmenter.segment(text.slice(start, end))];
      const settled = end === lineEnd ? found.length : found.length - 2;
      if (settled < 1) {
        // A sentence longer than the window: look further.
        window *= 2;
        continue;
      }
      for (const { index, segment } of found.slice(0, settled)) yield { utf16Start: start + index, piece: segment };
      start += found[settled - 1]!.index + found[settled - 1]!.segment.length;
      window = WINDOW;
    }
    lineStart = lineEnd;
  }
}

/**
 * The units of `text` that coders' spans are compared on, as code point spans in text order:
 *
 * - document: the whole text, one unit even when empty
 * - sentence: Intl.Segmenter sentences (UAX #29 boundaries)
 * - paragraph: stretches between blank lines (lines holding only whitespace)
 *
 * Sentences and paragraphs are trimmed of leading and trailing whitespace, so that coverage measures the words a
 * coder selected, and whitespace-only pieces are dropped.
 */
export function segmentUnits(text: string, unit: TextUnit): Span[] {
  const index = createCodePointIndex(text);
  if (unit === "document") return [{ start: 0, end: index.length }];
  const pieces: { utf16Start: number; piece: string }[] = [];
  if (unit === "sentence") {
    for (const { utf16Start, piece } of sentences(text)) pieces.push({ utf16Start, piece });
  } else {
    let utf16Start = 0;
    for (const separator of text.matchAll(blankLines)) {
      pieces.push({ utf16Start, piece: text.slice(utf16Start, separator.index) });
      utf16Start = separator.index + separator[0].length;
    }
    pieces.push({ utf16Start, piece: text.slice(utf16Start) });
  }
  const units: Span[] = [];
  for (const { utf16Start, piece } of pieces) {
    const leading = piece.length - piece.trimStart().length;
    if (leading === piece.length) continue;
    const trailing = piece.length - piece.trimEnd().length;
    units.push({
      start: index.fromUtf16Index(utf16Start + leading),
      end: index.fromUtf16Index(utf16Start + piece.length - trailing),
    });
  }
  return units;
}
