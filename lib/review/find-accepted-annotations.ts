import type { Span } from "@/lib/annotations/span";

type Coded = Span & { id: number; code: number };

/**
 * The coder annotations the consensus already holds: those accepted as a consensus span's source, and those with
 * exactly the same code and span as a consensus span (accepting coder1's annotation settles coder2's identical one).
 */
export function findAcceptedAnnotations(
  annotations: readonly Coded[],
  consensus: readonly (Span & { code: number; sourceAnnotationId: number | null })[],
): Set<number> {
  const sources = new Set(consensus.map((span) => span.sourceAnnotationId));
  const spans = new Set(consensus.map((span) => `${span.code}:${span.start}:${span.end}`));
  return new Set(annotations.filter((annotation) => sources.has(annotation.id) || spans.has(`${annotation.code}:${annotation.start}:${annotation.end}`)).map((annotation) => annotation.id));
}
