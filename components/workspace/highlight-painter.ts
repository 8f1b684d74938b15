import type { Span } from "@/lib/annotations/span";

export type PaintedAnnotation = Span & { id: number; code: number };

/** Name of the CSS highlight (and of its ::highlight() rule) of one code. */
export const codeHighlightName = (codeId: number) => `code-${codeId}`;
export const ACTIVE_HIGHLIGHT = "annotation-active";
export const UNSAVED_HIGHLIGHT = "annotation-unsaved";
export const CARET_HIGHLIGHT = "reader-caret";

const sameSpanAndCode = (a: PaintedAnnotation, b: PaintedAnnotation) => a.code === b.code && a.start === b.start && a.end === b.end;

/**
 * Paints every annotation of the layer with the CSS Custom Highlight API: one Highlight per code holding a Range per
 * annotation, so the text is never split into elements. Chromium recomputes the ranges of a Highlight whenever it
 * changes, so `sync` adds and deletes only the ranges of annotations that changed rather than rebuilding a code's
 * Highlight: a new coding costs one `add`. `priority` follows the codebook order, so overlapping tints always mix in
 * the same order.
 */
export function createHighlightPainter(rangeFor: (span: Span) => Range, codeOrder: readonly number[]) {
  const highlights = new Map<string, Highlight>();
  const painted = new Map<number, { annotation: PaintedAnnotation; range: Range }>();

  function highlight(name: string, priority: number): Highlight {
    let existing = highlights.get(name);
    if (!existing) {
      existing = new Highlight();
      existing.priority = priority;
      highlights.set(name, existing);
      CSS.highlights.set(name, existing);
    }
    return existing;
  }
  const forCode = (codeId: number) => highlight(codeHighlightName(codeId), Math.max(0, codeOrder.indexOf(codeId)));

  function setRanges(name: string, priority: number, spans: readonly Span[]) {
    const target = highlight(name, priority);
    target.clear();
    for (const span of spans) target.add(rangeFor(span));
  }

  return {
    /** Takes the coder's whole layer: paints the annotations new or moved since the last call, unpaints those gone. */
    sync(annotations: readonly PaintedAnnotation[]) {
      const present = new Set<number>();
      for (const annotation of annotations) {
        present.add(annotation.id);
        const current = painted.get(annotation.id);
        if (current?.annotation === annotation) continue;
        if (current && sameSpanAndCode(current.annotation, annotation)) {
          current.annotation = annotation;
          continue;
        }
        if (current) forCode(current.annotation.code).delete(current.range);
        const range = rangeFor(annotation);
        forCode(annotation.code).add(range);
        painted.set(annotation.id, { annotation, range });
      }
      if (painted.size === present.size) return;
      for (const [id, { annotation, range }] of painted) {
        if (present.has(id)) continue;
        forCode(annotation.code).delete(range);
        painted.delete(id);
      }
    },
    /**
     * Paints one annotation at once, ahead of the `sync` that will list it: the layer reaches React a task later, and
     * a frame painted in between would show a new coding late.
     */
    add(annotation: PaintedAnnotation) {
      if (painted.has(annotation.id)) return;
      const range = rangeFor(annotation);
      forCode(annotation.code).add(range);
      painted.set(annotation.id, { annotation, range });
    },
    /** The focused annotation(s), painted above every code. */
    setActive: (spans: readonly Span[]) => setRanges(ACTIVE_HIGHLIGHT, 1000, spans),
    /** Annotations whose last change is not saved yet. */
    setUnsaved: (spans: readonly Span[]) => setRanges(UNSAVED_HIGHLIGHT, 1001, spans),
    /** The keyboard caret, a block on the character after it, since a reader that cannot be edited shows no caret. */
    setCaret: (span: Span | null) => setRanges(CARET_HIGHLIGHT, 1002, span ? [span] : []),
    /** How many annotations hold a range now (for tests and the benchmark). */
    paintedCount: () => painted.size,
    destroy() {
      for (const [name, registered] of highlights) if (CSS.highlights.get(name) === registered) CSS.highlights.delete(name);
      highlights.clear();
      painted.clear();
    },
  };
}

export type HighlightPainter = ReturnType<typeof createHighlightPainter>;
