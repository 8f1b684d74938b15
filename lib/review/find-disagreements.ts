import type { Span } from "@/lib/annotations/span";

/** A coder's annotation as review compares them: a code id and a span in code points, end exclusive. */
export type CoderAnnotation = Span & { id: number; coder: string; code: number };

/**
 * How coders part on a passage:
 * - "unmatched": one coded it and another coded nothing there;
 * - "code": they coded the same stretch with different codes;
 * - "boundary": they gave it the same code, but where one's span begins or ends differs.
 */
export type DisagreementKind = "unmatched" | "code" | "boundary";

const KIND_ORDER: readonly DisagreementKind[] = ["unmatched", "code", "boundary"];

export type Disagreement = Span & {
  kinds: DisagreementKind[];
  /** Per coder, in the order given, the codes they applied to any part of the passage (ascending ids). */
  codesByCoder: { coder: string; codes: number[] }[];
  /** The annotations overlapping the passage, in text order. */
  annotationIds: number[];
};

/**
 * The passages of one document where coders part: maximal stretches in which, for some code, some but not all of
 * `coders` cover the text with that code. The text is cut at every annotation's start and end; each piece is compared
 * on its own and touching pieces that disagree form one passage, so a boundary that differs by one word yields a
 * passage of that one word. A coder missing a disputed code is classed by what they did instead: another code there
 * ("code"), a span of the same code overlapping the others' span ("boundary"), else nothing ("unmatched").
 *
 * Fewer than two coders cannot disagree: the result is empty.
 *
 * @example two coders, [0, 10) code 1 by "a" and [0, 6) code 1 by "b": one passage [6, 10) of kind "boundary".
 */
export function findDisagreements({ coders, annotations }: { coders: readonly string[]; annotations: readonly CoderAnnotation[] }): Disagreement[] {
  if (coders.length < 2) return [];
  const coderIndex = new Map(coders.map((coder, index) => [coder, index]));
  const placed = annotations.filter((annotation) => coderIndex.has(annotation.coder) && annotation.end > annotation.start);
  if (placed.length === 0) return [];
  const codes = [...new Set(placed.map((annotation) => annotation.code))].sort((a, b) => a - b);
  const codeIndex = new Map(codes.map((code, index) => [code, index]));
  const slot = (annotation: CoderAnnotation) => coderIndex.get(annotation.coder)! * codes.length + codeIndex.get(annotation.code)!;

  const byStart = [...placed].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  const byEnd = [...placed].sort((a, b) => a.end - b.end);
  const boundaries = [...new Set(placed.flatMap((annotation) => [annotation.start, annotation.end]))].sort((a, b) => a - b);
  // Same coder and code: the spans a missing coder might have drawn a little differently.
  const bySlot = new Map<number, CoderAnnotation[]>();
  for (const annotation of byStart) {
    const group = bySlot.get(slot(annotation));
    if (group) group.push(annotation);
    else bySlot.set(slot(annotation), [annotation]);
  }

  const cover = new Int32Array(coders.length * codes.length);
  const active = new Set<CoderAnnotation>();
  const pieces: (Span & { kinds: Set<DisagreementKind> })[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  for (let b = 0; b < boundaries.length - 1; b++) {
    const at = boundaries[b]!;
    while (nextEnd < byEnd.length && byEnd[nextEnd]!.end === at) {
      cover[slot(byEnd[nextEnd]!)]!--;
      active.delete(byEnd[nextEnd++]!);
    }
    while (nextStart < byStart.length && byStart[nextStart]!.start === at) {
      cover[slot(byStart[nextStart]!)]!++;
      active.add(byStart[nextStart++]!);
    }
    const kinds = classifyPiece(cover, active, { coderCount: coders.length, codeCount: codes.length, slot, bySlot });
    if (kinds.size > 0) pieces.push({ start: at, end: boundaries[b + 1]!, kinds });
  }

  const passages: (Span & { kinds: Set<DisagreementKind> })[] = [];
  for (const piece of pieces) {
    const last = passages.at(-1);
    if (last && last.end === piece.start) {
      last.end = piece.end;
      for (const kind of piece.kinds) last.kinds.add(kind);
    } else passages.push({ ...piece, kinds: new Set(piece.kinds) });
  }
  return passages.map(({ start, end, kinds }) => {
    const overlapping = byStart.filter((annotation) => annotation.start < end && start < annotation.end);
    return {
      start,
      end,
      kinds: KIND_ORDER.filter((kind) => kinds.has(kind)),
      codesByCoder: coders.map((coder) => ({
        coder,
        codes: [...new Set(overlapping.filter((annotation) => annotation.coder === coder).map((annotation) => annotation.code))].sort((a, b) => a - b),
      })),
      annotationIds: overlapping.map((annotation) => annotation.id),
    };
  });
}

/** What kinds of disagreement one piece of text holds, given which coder covers it with which code. */
function classifyPiece(
  cover: Int32Array,
  active: ReadonlySet<CoderAnnotation>,
  { coderCount, codeCount, slot, bySlot }: {
    coderCount: number;
    codeCount: number;
    slot: (annotation: CoderAnnotation) => number;
    bySlot: ReadonlyMap<number, CoderAnnotation[]>;
  },
): Set<DisagreementKind> {
  const kinds = new Set<DisagreementKind>();
  for (let code = 0; code < codeCount; code++) {
    let covering = 0;
    for (let coder = 0; coder < coderCount; coder++) if (cover[coder * codeCount + code]! > 0) covering++;
    if (covering === 0 || covering === coderCount) continue;
    const others = [...active].filter((annotation) => slot(annotation) % codeCount === code);
    for (let coder = 0; coder < coderCount; coder++) {
      if (cover[coder * codeCount + code]! > 0) continue;
      let codedOtherwise = false;
      for (let other = 0; other < codeCount; other++) if (cover[coder * codeCount + other]! > 0) codedOtherwise = true;
      if (codedOtherwise) {
        kinds.add("code");
        continue;
      }
      const own = bySlot.get(coder * codeCount + code) ?? [];
      const shifted = own.some((mine) => others.some((theirs) => mine.start < theirs.end && theirs.start < mine.end));
      kinds.add(shifted ? "boundary" : "unmatched");
    }
  }
  return kinds;
}
