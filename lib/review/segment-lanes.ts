import type { Span } from "@/lib/annotations/span";

/** A piece of the text with, for each lane (a coder's layer, the consensus), the codes covering it there. */
export type LaneSegment = Span & {
  /** lanes[i]: the codes lane i covers this piece with, ascending; empty when it coded nothing here. */
  lanes: number[][];
  /** Index of the passage (a disagreement) this piece belongs to, or null. */
  passage: number | null;
};

/**
 * Cuts a text of `length` code points at every start and end of every lane's spans and of the passages, so each
 * piece is covered uniformly and can be drawn with one bar per lane beneath it. The pieces cover the whole text, in
 * order, including stretches nobody coded. `passages` must not overlap one another.
 */
export function segmentLanes({
  length,
  lanes,
  passages,
}: {
  length: number;
  lanes: readonly (readonly (Span & { code: number })[])[];
  passages: readonly Span[];
}): LaneSegment[] {
  const cuts = new Set([0, length]);
  for (const lane of lanes) for (const span of lane) cuts.add(span.start).add(span.end);
  for (const passage of passages) cuts.add(passage.start).add(passage.end);
  const points = [...cuts].filter((point) => point >= 0 && point <= length).sort((a, b) => a - b);

  const sortedLanes = lanes.map((lane) => [...lane].sort((a, b) => a.start - b.start));
  const nextInLane = lanes.map(() => 0);
  const activeInLane = lanes.map((): (Span & { code: number })[] => []);
  const segments: LaneSegment[] = [];
  let passage = 0;
  for (let p = 0; p < points.length - 1; p++) {
    const start = points[p]!;
    const end = points[p + 1]!;
    const codes = sortedLanes.map((lane, l) => {
      while (nextInLane[l]! < lane.length && lane[nextInLane[l]!]!.start <= start) activeInLane[l]!.push(lane[nextInLane[l]!++]!);
      activeInLane[l] = activeInLane[l]!.filter((span) => span.end > start);
      return [...new Set(activeInLane[l]!.map((span) => span.code))].sort((a, b) => a - b);
    });
    while (passage < passages.length && passages[passage]!.end <= start) passage++;
    const inside = passage < passages.length && passages[passage]!.start <= start;
    segments.push({ start, end, lanes: codes, passage: inside ? passage : null });
  }
  return segments;
}
