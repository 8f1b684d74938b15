import type { CheckedCorpusInput } from "./corpus-input";
import { mergeOverlappingSpans, type Span } from "./merge-spans";

export type GroupedAnnotations = {
  /** spans[document][coder * codeCount + code]: that coder's spans of that code, merged and sorted. */
  spans: Span[][][];
  /** How many annotations were folded into an overlapping one of the same document, coder and code. */
  merged: number;
};

/** Groups annotations by document, coder and code, in the order of the input's lists, merging overlaps. */
export function groupAnnotations(input: CheckedCorpusInput): GroupedAnnotations {
  const codeCount = input.codes.length;
  const documentIndex = new Map(input.documents.map((document, index) => [document.id, index]));
  const coderIndex = new Map(input.coders.map((coder, index) => [coder, index]));
  const codeIndex = new Map(input.codes.map((code, index) => [code.id, index]));
  const spans = input.documents.map(() => Array.from({ length: input.coders.length * codeCount }, (): Span[] => []));
  for (const { documentId, coder, codeId, start, end } of input.annotations) {
    const group = coderIndex.get(coder)! * codeCount + codeIndex.get(codeId)!;
    spans[documentIndex.get(documentId)!]![group]!.push({ start, end });
  }
  let merged = 0;
  for (const groups of spans) {
    groups.forEach((group, index) => {
      const result = mergeOverlappingSpans(group);
      groups[index] = result.spans;
      merged += result.merged;
    });
  }
  return { spans, merged };
}
