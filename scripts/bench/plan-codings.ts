export type PlannedSpan<C> = { codeId: C; start: number; end: number };

// A statement uses each narrative with this probability (at least one), so a code is absent from about half of them.
const CODE_SHARE = 0.45;
// Share of a coder's own passages given a code outside the statement's narratives: the rare document-level slip.
const STRAY_SHARE = 0.01;

/**
 * The spans each coder marks in one generated document of `length` code points, as real statements are coded: each
 * uses only some of the codes; coders mark jittered copies of shared reference spans (skipping about 10%, and giving
 * about 10% another of the statement's codes) plus a few passages of their own. So coders agree often but not
 * always, at every unit: a code applied in every document would leave nothing to measure at the document unit.
 */
export function planCodings<C>(
  random: () => number,
  options: { codes: readonly C[]; coders: number; length: number; referenceSpans: number; ownSpans: number },
): PlannedSpan<C>[][] {
  const { codes, coders, length, referenceSpans, ownSpans } = options;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const chosen = codes.filter(() => random() < CODE_SHARE);
  const used = chosen.length > 0 ? chosen : [pick(codes)];
  const reference = Array.from({ length: referenceSpans }, () => {
    const spanLength = between(15, 150);
    const start = between(0, length - spanLength);
    return { codeId: pick(used), start, end: start + spanLength };
  });
  return Array.from({ length: coders }, () => {
    const spans: PlannedSpan<C>[] = [];
    for (const { codeId, start, end } of reference) {
      if (random() < 0.1) continue;
      const jitteredStart = Math.max(0, start + between(-12, 12));
      const jitteredEnd = Math.min(length, Math.max(jitteredStart + 1, end + between(-12, 12)));
      spans.push({ codeId: random() < 0.9 ? codeId : pick(used), start: jitteredStart, end: jitteredEnd });
    }
    for (let extra = 0; extra < ownSpans; extra++) {
      const start = between(0, length - 40);
      spans.push({ codeId: random() < STRAY_SHARE ? pick(codes) : pick(used), start, end: start + between(5, 40) });
    }
    return spans;
  });
}
