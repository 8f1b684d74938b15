import type { Span } from "@/lib/annotations/span";
import { mergeOverlappingSpans } from "@/lib/text/merge-spans";
import { type CoderAnnotation, findDisagreements } from "./find-disagreements";

export type DocumentDisagreement = {
  coders: number;
  /** Pairwise character-overlap agreement, from 0 to 1; null with fewer than two coders. */
  overlap: number | null;
  /** 1 − overlap: the share of coded characters the coders do not share; null with fewer than two coders. */
  disagreement: number | null;
  /** How many passages `findDisagreements` finds: the stops a supervisor steps through. */
  passages: number;
};

/**
 * How much the coders of one document disagree, to put the worst statements first.
 *
 * Overlap is summed over every pair of coders (a, b) and every code c before dividing:
 *
 *   overlap = Σ |A_c ∩ B_c| / Σ |A_c ∪ B_c|
 *
 * where A_c is the set of code points coder a gave code c (overlapping spans merged). It is the Jaccard index of
 * the coders' coded characters, pooled so that a long passage weighs more than a short one. A document nobody coded
 * anything in has no coded characters to part on: overlap 1, disagreement 0. Disagreement is 1 − overlap.
 */
export function measureDocumentDisagreement({ coders, annotations }: { coders: readonly string[]; annotations: readonly CoderAnnotation[] }): DocumentDisagreement {
  if (coders.length < 2) return { coders: coders.length, overlap: null, disagreement: null, passages: 0 };
  const coverage = new Map<string, Span[]>();
  for (const annotation of annotations) {
    const key = `${annotation.coder}\u0000${annotation.code}`;
    const spans = coverage.get(key);
    if (spans) spans.push(annotation);
    else coverage.set(key, [annotation]);
  }
  const merged = new Map([...coverage].map(([key, spans]) => [key, mergeOverlappingSpans(spans).spans]));
  const codes = [...new Set(annotations.map((annotation) => annotation.code))];
  let shared = 0;
  let either = 0;
  for (let a = 0; a < coders.length; a++) {
    for (let b = a + 1; b < coders.length; b++) {
      for (const code of codes) {
        const spansA = merged.get(`${coders[a]}\u0000${code}`) ?? [];
        const spansB = merged.get(`${coders[b]}\u0000${code}`) ?? [];
        const both = intersectionLength(spansA, spansB);
        shared += both;
        either += totalLength(spansA) + totalLength(spansB) - both;
      }
    }
  }
  const overlap = either === 0 ? 1 : shared / either;
  return { coders: coders.length, overlap, disagreement: 1 - overlap, passages: findDisagreements({ coders, annotations }).length };
}

const totalLength = (spans: readonly Span[]) => spans.reduce((sum, span) => sum + span.end - span.start, 0);

/** Code points two sorted lists of disjoint spans share. */
function intersectionLength(a: readonly Span[], b: readonly Span[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    shared += Math.max(0, Math.min(a[i]!.end, b[j]!.end) - Math.max(a[i]!.start, b[j]!.start));
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return shared;
}
