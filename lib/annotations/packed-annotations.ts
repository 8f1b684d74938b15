import { createCodePointIndex, type CodePointIndex } from "@/lib/offsets/code-points";

/** An annotation as the workspace holds it: offsets in code points, its quote, its memo. */
export type CodedPassage = { id: number; code: number; start: number; end: number; quote: string; memo: string };

/**
 * A coder's annotations of one text, column by column, as the workspace page sends them: thousands of annotations as
 * objects repeat every key and every quote, which the text already holds. A quote is sent only where it differs from
 * the text at its offsets (the text was edited after coding); a memo only where there is one. Keys of `memos` and
 * `quotes` are positions in the columns.
 */
export type PackedAnnotations = {
  ids: number[];
  codes: number[];
  starts: number[];
  ends: number[];
  memos: Record<number, string>;
  quotes: Record<number, string>;
};

const quoteAt = (text: string, index: CodePointIndex, start: number, end: number) => text.slice(index.toUtf16Index(start), index.toUtf16Index(end));

export function packAnnotations(text: string, annotations: readonly CodedPassage[]): PackedAnnotations {
  const index = createCodePointIndex(text);
  const packed: PackedAnnotations = { ids: [], codes: [], starts: [], ends: [], memos: {}, quotes: {} };
  annotations.forEach(({ id, code, start, end, quote, memo }, position) => {
    packed.ids.push(id);
    packed.codes.push(code);
    packed.starts.push(start);
    packed.ends.push(end);
    if (memo !== "") packed.memos[position] = memo;
    if (end > index.length || quote !== quoteAt(text, index, start, end)) packed.quotes[position] = quote;
  });
  return packed;
}

/** The annotations `packAnnotations` packed, in the same order, each with its quote and memo. */
export function unpackAnnotations(text: string, packed: PackedAnnotations): CodedPassage[] {
  const index = createCodePointIndex(text);
  return packed.ids.map((id, position) => {
    const start = packed.starts[position]!;
    const end = packed.ends[position]!;
    return {
      id,
      code: packed.codes[position]!,
      start,
      end,
      quote: packed.quotes[position] ?? quoteAt(text, index, start, end),
      memo: packed.memos[position] ?? "",
    };
  });
}
