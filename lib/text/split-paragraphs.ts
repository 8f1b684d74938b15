/** A paragraph of a text as UTF-16 indices into it (the DOM counts UTF-16 units), end exclusive. */
export type Paragraph = { utf16Start: number; utf16End: number };

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

/**
 * The paragraphs of a stored text (LF line endings): runs of text separated by blank lines. A single line break stays
 * inside its paragraph (verse, a list). The blank lines between paragraphs belong to no paragraph, and neither does
 * whitespace at the very start or end, so a reader can show each paragraph as a block and still map every character
 * of a paragraph back to its offset in the text.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let utf16Start = text.length - text.trimStart().length;
  const utf16Last = text.trimEnd().length;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    if (match.index >= utf16Last) break;
    if (match.index > utf16Start) paragraphs.push({ utf16Start, utf16End: match.index });
    utf16Start = match.index + match[0].length;
  }
  if (utf16Last > utf16Start) paragraphs.push({ utf16Start, utf16End: utf16Last });
  return paragraphs;
}

/** Index of the paragraph holding `utf16Index`, or of the first paragraph after it when it falls between paragraphs. */
export function findParagraph(paragraphs: readonly Paragraph[], utf16Index: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (paragraphs[mid]!.utf16End <= utf16Index) low = mid + 1;
    else high = mid;
  }
  return low;
}
