import type { Span } from "@/lib/annotations/span";
import type { CodePointIndex } from "@/lib/offsets/code-points";
import { findParagraph, type Paragraph } from "@/lib/text/split-paragraphs";

/** Converts between code point offsets of the text and DOM positions in the reader, where each paragraph is a <p>
 * holding one text node (see StatementText). */
export type TextPositions = {
  rangeFor: (span: Span) => Range;
  /** The code point offset of a DOM position inside the reader, or null outside it. */
  offsetAt: (node: Node, offset: number) => number | null;
  /** The span of the text a DOM range covers, clipped to the reader; null when it covers none of it. */
  spanOf: (range: Range) => Span | null;
};

export function createTextPositions(container: HTMLElement, paragraphs: readonly Paragraph[], index: CodePointIndex): TextPositions {
  const paragraphElement = (i: number) => container.children[i] as HTMLElement;
  const textNode = (i: number): Node => paragraphElement(i).firstChild ?? paragraphElement(i);

  function startPoint(utf16Index: number): [Node, number] {
    const i = findParagraph(paragraphs, utf16Index);
    if (i === paragraphs.length) return endOfParagraph(i - 1);
    return [textNode(i), Math.max(0, utf16Index - paragraphs[i]!.utf16Start)];
  }

  function endPoint(utf16Index: number): [Node, number] {
    const i = findParagraph(paragraphs, utf16Index - 1);
    const paragraph = paragraphs[i];
    if (paragraph && paragraph.utf16Start <= utf16Index - 1) return [textNode(i), utf16Index - paragraph.utf16Start];
    return endOfParagraph(i - 1);
  }

  function endOfParagraph(i: number): [Node, number] {
    if (i < 0) return [textNode(0), 0];
    return [textNode(i), paragraphs[i]!.utf16End - paragraphs[i]!.utf16Start];
  }

  function utf16At(node: Node, offset: number): number | null {
    if (node === container) {
      if (paragraphs.length === 0) return 0;
      return offset < paragraphs.length ? paragraphs[offset]!.utf16Start : paragraphs.at(-1)!.utf16End;
    }
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    if (!element || element.parentElement !== container) return null;
    const paragraph = paragraphs[Number((element as HTMLElement).dataset.paragraph)];
    if (!paragraph) return null;
    if (node.nodeType === Node.TEXT_NODE) return paragraph.utf16Start + offset;
    return offset === 0 ? paragraph.utf16Start : paragraph.utf16End;
  }

  return {
    rangeFor({ start, end }) {
      const range = document.createRange();
      range.setStart(...startPoint(index.toUtf16Index(start)));
      range.setEnd(...endPoint(index.toUtf16Index(end)));
      return range;
    },
    offsetAt(node, offset) {
      const utf16Index = utf16At(node, offset);
      return utf16Index === null ? null : index.fromUtf16Index(utf16Index);
    },
    spanOf(range) {
      const bounds = document.createRange();
      bounds.selectNodeContents(container);
      const clipped = range.cloneRange();
      if (clipped.compareBoundaryPoints(Range.START_TO_START, bounds) < 0) clipped.setStart(bounds.startContainer, bounds.startOffset);
      if (clipped.compareBoundaryPoints(Range.END_TO_END, bounds) > 0) clipped.setEnd(bounds.endContainer, bounds.endOffset);
      // A range wholly outside the reader collapses when clipped.
      if (clipped.collapsed) return null;
      const start = utf16At(clipped.startContainer, clipped.startOffset);
      const end = utf16At(clipped.endContainer, clipped.endOffset);
      if (start === null || end === null || end <= start) return null;
      return { start: index.fromUtf16Index(start), end: index.fromUtf16Index(end) };
    },
  };
}
