import { createCodePointIndex } from "../../lib/offsets/code-points";

// Mostly English with Arabic words, an emoji and a combining mark, so code points and UTF-16 units differ as in real
// testimonies.
const WORDS = [
  "we", "left", "the", "village", "in", "2015", "and", "they", "promised", "houses", "but", "fighters", "were", "told",
  "to", "be", "patient", "emirs", "had", "cars", "قال", "التنظيم", "النظام", "mother", "😔", "café", "e\u0301", "camp",
  "punished", "men", "from", "town", "no", "electricity", "money", "never", "came", "brigades", "regime", "rebels",
];

/** A deterministic pseudo-random generator (a linear congruential one), so every run benchmarks the same input. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A statement of about `codePoints` code points in paragraphs of a few sentences. */
export function generateStatement(codePoints: number, random: () => number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < codePoints) {
    const sentences: string[] = [];
    for (let s = 0, count = 3 + Math.floor(random() * 6); s < count; s++) {
      const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
      sentences.push(`${words.join(" ")}.`);
    }
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    length += Array.from(paragraph).length + 2;
  }
  return Array.from(paragraphs.join("\n\n")).slice(0, codePoints).join("").trimEnd();
}

/** Word-aligned spans of 1 to 30 words over `text`, in code points, with their quotes; distinct by code and span. */
export function generateSpans(text: string, count: number, codeIds: readonly number[], random: () => number) {
  const index = createCodePointIndex(text);
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  for (const match of text.matchAll(/[^\s.]+/gu)) {
    wordStarts.push(index.fromUtf16Index(match.index));
    wordEnds.push(index.fromUtf16Index(match.index + match[0].length));
  }
  const seen = new Set<string>();
  const spans: { codeId: number; start: number; end: number; quote: string }[] = [];
  while (spans.length < count) {
    const first = Math.floor(random() * wordStarts.length);
    const last = Math.min(wordEnds.length - 1, first + Math.floor(random() * 30));
    const codeId = codeIds[Math.floor(random() * codeIds.length)]!;
    const start = wordStarts[first]!;
    const end = wordEnds[last]!;
    const key = `${codeId}:${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ codeId, start, end, quote: text.slice(index.toUtf16Index(start), index.toUtf16Index(end)) });
  }
  return spans;
}
