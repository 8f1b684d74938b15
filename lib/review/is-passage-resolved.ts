import type { Span } from "@/lib/annotations/span";

/**
 * Whether the supervisor has settled a disagreement passage: every coder annotation in it has a decision (accepted,
 * see findAcceptedAnnotations, or rejected), or the supervisor drew a consensus span of their own over part of it,
 * which is a decision about the whole passage.
 */
export function isPassageResolved(
  passage: Span & { annotationIds: readonly number[] },
  { consensus, acceptedIds, rejectedIds }: { consensus: readonly (Span & { sourceAnnotationId: number | null })[]; acceptedIds: ReadonlySet<number>; rejectedIds: ReadonlySet<number> },
): boolean {
  const drawnOver = consensus.some((span) => span.sourceAnnotationId === null && span.start < passage.end && passage.start < span.end);
  return drawnOver || passage.annotationIds.every((id) => acceptedIds.has(id) || rejectedIds.has(id));
}
