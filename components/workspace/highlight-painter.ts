import { spansOverlap } from "@/lib/annotations/annotation-order";
import type { Span } from "@/lib/annotations/span";

export type PaintedAnnotation = Span & { id: number; code: number };

/** Name of the CSS highlight (and of its ::highlight() rule) of one code. */
export const codeHighlightName = (codeId: number) => `code-${codeId}`;
export const ACTIVE_HIGHLIGHT = "annotation-active";
export const UNSAVED_HIGHLIGHT = "annotation-unsaved";
export const CARET_HIGHLIGHT = "reader-caret";

/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per code holding a Range per annotation, so the
 * text is never split into elements. Chromium recomputes every registered range whenever any highlight changes, which
 * with thousands of ranges costs more than a frame; so, as recogito's renderer does, only the annotations overlapping
 * `setWindow` (the part of the text in and around view, set as the reader scrolls) hold ranges. `sync` touches only the
 * ranges that changed. `priority` follows the codebook order, so overlapping tints always mix in the same order.
 */
export function createHighlightPainter(rangeFor: (span: Span) => Range, codeOrder: readonly number[]) {
  const highlights = new Map<string, Highlight>();
  const painted = new Map<number, { annotation: PaintedAnnotation; range: Range }>();
  let annotations: readonly PaintedAnnotation[] = [];
  let inView: Span = { start: 0, end: 0 };

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

  function reconcile() {
    const wanted = new Set<number>();
    for (const annotation of annotations) {
      if (!spansOverlap(annotation, inView)) continue;
      wanted.add(annotation.id);
      const current = painted.get(annotation.id);
      if (current?.annotation === annotation) continue;
      if (current && current.annotation.code === annotation.code && current.annotation.start === annotation.start && current.annotation.end === annotation.end) {
        current.annotation = annotation;
        continue;
      }
      if (current) forCode(current.annotation.code).delete(current.range);
      const range = rangeFor(annotation);
      forCode(annotation.code).add(range);
      painted.set(annotation.id, { annotation, range });
    }
    for (const [id, { annotation, range }] of painted) {
      if (wanted.has(id)) continue;
      forCode(annotation.code).delete(range);
      painted.delete(id);
    }
  }

  return {
    /** Takes the coder's whole layer; paints those of it in the window. */
    sync(next: readonly PaintedAnnotation[]) {
      annotations = next;
      reconcile();
    },
    /** The span of text in and around view, in code points; annotations outside it hold no range. */
    setWindow(next: Span) {
      if (next.start === inView.start && next.end === inView.end) return;
      inView = next;
      reconcile();
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
