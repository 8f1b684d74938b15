/** A stretch of a document's text in code points, zero-based, end exclusive (see lib/offsets/code-points.ts). */
export type Span = { start: number; end: number };
