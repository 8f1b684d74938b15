import type { Span } from "@/lib/annotations/span";
import { createCodePointIndex } from "../offsets/code-points";

export type TextUnit = "document" | "sentence" | "paragraph";

// A fixed locale keeps the boundaries the same on every server; ICU's sentence rules (Unicode UAX #29) are the
// same for all locales without extra tailoring options anyway.
const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// A blank line is a line break, optional spaces or tabs, and another line break; more blank lines may follow.
const blankLines = /\n[^\S\n]*\n\s*/g;

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
    for (const { index: utf16Start, segment } of sentenceSegmenter.segment(text)) {
      pieces.push({ utf16Start, piece: segment });
    }
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
