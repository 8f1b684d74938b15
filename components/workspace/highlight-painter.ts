import type { Span } from "@/lib/annotations/span";
import type { PassageMarks } from "./passage-marks";
import type { PendingPassages } from "./pending-passages";

export type PaintedAnnotation = Span & { id: number; code: number };

/** Name of the CSS highlight (and of its ::highlight() rule) of one code. */
export const codeHighlightName = (codeId: number) => `code-${codeId}`;
// How long a new passage may wait for an idle moment before it joins its code's Highlight anyway.
const MERGE_TIMEOUT_MS = 1000;

const sameSpanAndCode = (a: PaintedAnnotation, b: PaintedAnnotation) => a.code === b.code && a.start === b.start && a.end === b.end;

/**
 * Paints every annotation of the layer with the CSS Custom Highlight API: one Highlight per code holding a Range per
 * annotation, so the text is never split into elements. `priority` follows the codebook order, so overlapping tints
 * always mix in the same order. Chromium recomputes every registered range whenever any Highlight changes (about
 * 30 ms with 2,000), so `sync` adds and deletes only the ranges of annotations that changed, and what changes at a
 * key press is drawn another way: a new coding is drawn at once on a canvas (see createPendingPassages) and joins
 * its code's Highlight at the next idle moment; the selected annotation, the unsaved ones and the caret are always
 * marks (see createPassageMarks).
 */
export function createHighlightPainter(
  rangeFor: (span: Span) => Range,
  codeOrder: readonly number[],
  marks: PassageMarks,
  pendingPassages: PendingPassages,
) {
  const highlights = new Map<number, Highlight>();
  const painted = new Map<number, { annotation: PaintedAnnotation; range: Range }>();
  // Painted on the canvas only, until the idle merge moves them into their Highlights.
  const pending = new Set<number>();
  let mergeRequest: number | null = null;

  function forCode(codeId: number): Highlight {
    let existing = highlights.get(codeId);
    if (!existing) {
      existing = new Highlight();
      existing.priority = Math.max(0, codeOrder.indexOf(codeId));
      highlights.set(codeId, existing);
      CSS.highlights.set(codeHighlightName(codeId), existing);
    }
    return existing;
  }

  function markPending() {
    pendingPassages.set(
      [...pending].map((id) => {
        const { annotation, range } = painted.get(id)!;
        return { id, code: annotation.code, range };
      }),
    );
  }

  function merge() {
    mergeRequest = null;
    for (const id of pending) {
      const { annotation, range } = painted.get(id)!;
      forCode(annotation.code).add(range);
    }
    pending.clear();
    markPending();
  }

  function unpaint(id: number) {
    const current = painted.get(id)!;
    if (pending.delete(id)) markPending();
    else forCode(current.annotation.code).delete(current.range);
    painted.delete(id);
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
        if (current) unpaint(annotation.id);
        const range = rangeFor(annotation);
        forCode(annotation.code).add(range);
        painted.set(annotation.id, { annotation, range });
      }
      if (painted.size === present.size) return;
      for (const id of [...painted.keys()]) if (!present.has(id)) unpaint(id);
    },
    /**
     * Paints a new annotation at once, on the canvas, ahead of the `sync` that will list it: the layer reaches React a
     * moment later, and a frame painted in between would show a new coding late.
     */
    add(annotation: PaintedAnnotation) {
      if (painted.has(annotation.id)) return;
      painted.set(annotation.id, { annotation, range: rangeFor(annotation) });
      pending.add(annotation.id);
      markPending();
      mergeRequest ??= requestIdleCallback(merge, { timeout: MERGE_TIMEOUT_MS });
    },
    /** The selected annotation(s), outlined. */
    setActive: (spans: readonly Span[]) => marks.set("selected", spans.map((span) => ({ range: rangeFor(span) }))),
    /** Annotations whose last change is not saved yet. */
    setUnsaved: (spans: readonly Span[]) => marks.set("unsaved", spans.map((span) => ({ range: rangeFor(span) }))),
    /** The keyboard caret, a block on the character after it, since a reader that cannot be edited shows no caret. */
    setCaret: (span: Span | null) => marks.set("caret", span ? [{ range: rangeFor(span) }] : []),
    /** How many annotations are painted now, by a Highlight or on the canvas (for tests and the benchmark). */
    paintedCount: () => painted.size,
    destroy() {
      if (mergeRequest !== null) cancelIdleCallback(mergeRequest);
      for (const [codeId, registered] of highlights) {
        const name = codeHighlightName(codeId);
        if (CSS.highlights.get(name) === registered) CSS.highlights.delete(name);
      }
      highlights.clear();
      painted.clear();
      pending.clear();
      marks.destroy();
      pendingPassages.destroy();
    },
  };
}

export type HighlightPainter = ReturnType<typeof createHighlightPainter>;
