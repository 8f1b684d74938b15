import type { Span } from "@/lib/annotations/span";
import type { CoderAnnotation } from "./find-disagreements";

/** A passage every coder gave the same code with exactly the same start and end. */
export type AgreedSpan = Span & {
  code: number;
  /** One annotation per coder, in the order of the coders given. */
  annotationIds: number[];
};

/**
 * The spans all of `coders` agree on exactly: same code, same start, same end. These can enter the consensus layer
 * without a decision. A span whose boundaries differ by one character is not agreed: it is a "boundary"
 * disagreement for the supervisor to settle. Fewer than two coders agree on nothing. Sorted in text order.
 */
export function findAgreedSpans({ coders, annotations }: { coders: readonly string[]; annotations: readonly CoderAnnotation[] }): AgreedSpan[] {
  if (coders.length < 2) return [];
  const coderIndex = new Map(coders.map((coder, index) => [coder, index]));
  const byPassage = new Map<string, { span: Span & { code: number }; ids: (number | undefined)[] }>();
  for (const annotation of annotations) {
    const index = coderIndex.get(annotation.coder);
    if (index === undefined) continue;
    const key = `${annotation.code}:${annotation.start}:${annotation.end}`;
    let entry = byPassage.get(key);
    if (!entry) {
      entry = { span: { code: annotation.code, start: annotation.start, end: annotation.end }, ids: coders.map(() => undefined) };
      byPassage.set(key, entry);
    }
    entry.ids[index] ??= annotation.id;
  }
  return [...byPassage.values()]
    .filter((entry) => entry.ids.every((id) => id !== undefined))
    .map(({ span, ids }) => ({ ...span, annotationIds: ids as number[] }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.code - b.code);
}
