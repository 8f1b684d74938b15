"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { Span } from "@/lib/annotations/span";
import { createCodePointIndex } from "@/lib/offsets/code-points";
import { splitParagraphs } from "@/lib/text/split-paragraphs";
import { createHighlightPainter, type HighlightPainter, type PaintedAnnotation } from "./highlight-painter";
import type { CodeLook } from "./code-look";
import { createPassageMarks } from "./passage-marks";
import { createPendingPassages } from "./pending-passages";
import { revealRect } from "./reveal-rect";
import { createTextPositions, type TextPositions } from "./text-positions";

type Painting = { painter: HighlightPainter; positions: TextPositions; inputs: unknown };

const subscribeToNothing = () => () => {};

/** Says how many annotations the layer has and how many are painted: browser tests and the benchmark wait for them to agree. */
function reportPainted(article: HTMLElement, painter: HighlightPainter, annotationCount: number): void {
  article.dataset.annotations = String(annotationCount);
  article.dataset.painted = String(painter.paintedCount());
}

/**
 * The reader's text and its highlights: paragraphs and the code point index of the text, the painter kept in step
 * with the annotations before each paint (layout effects), and the conversions the commands need between the DOM
 * selection, the pointer and code point spans.
 */
export function useReader({
  text,
  codeOrder,
  lookOf,
  annotations,
  activeSpans,
  unsavedSpans,
}: {
  text: string;
  codeOrder: readonly number[];
  /** How a code paints a passage, by code id. */
  lookOf: (code: number) => CodeLook;
  annotations: readonly PaintedAnnotation[];
  activeSpans: readonly Span[];
  unsavedSpans: readonly Span[];
}) {
  const index = useMemo(() => createCodePointIndex(text), [text]);
  // The text travels once, in the page's data, and is laid out on the client once hydrated: rendered on the server as
  // well, a long statement would travel twice (as HTML and as data) and be compared node by node while hydrating.
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const paragraphs = useMemo(() => (hydrated ? splitParagraphs(text) : []), [text, hydrated]);
  const inputs = useMemo(() => (hydrated ? { index, paragraphs, codeOrder, lookOf } : null), [hydrated, index, paragraphs, codeOrder, lookOf]);
  const articleRef = useRef<HTMLElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const pendingRef = useRef<HTMLCanvasElement>(null);
  const painting = useRef<Painting | null>(null);

  const ensurePainting = useCallback((): Painting | null => {
    const article = articleRef.current;
    const marks = marksRef.current;
    const pending = pendingRef.current;
    if (!article || !marks || !pending || !inputs) return null;
    if (painting.current?.inputs !== inputs) {
      painting.current?.painter.destroy();
      const positions = createTextPositions(article, inputs.paragraphs, inputs.index);
      const painter = createHighlightPainter(positions.rangeFor, inputs.codeOrder, createPassageMarks(marks), createPendingPassages(pending, article, inputs.lookOf));
      painting.current = { painter, positions, inputs };
    }
    return painting.current;
  }, [inputs]);

  useLayoutEffect(() => {
    const current = ensurePainting();
    if (!current || !articleRef.current) return;
    current.painter.sync(annotations);
    reportPainted(articleRef.current, current.painter, annotations.length);
  }, [ensurePainting, annotations]);

  useLayoutEffect(() => {
    ensurePainting()?.painter.setActive(activeSpans);
  }, [ensurePainting, activeSpans]);
  useLayoutEffect(() => {
    ensurePainting()?.painter.setUnsaved(unsavedSpans);
  }, [ensurePainting, unsavedSpans]);
  useEffect(
    () => () => {
      painting.current?.painter.destroy();
      painting.current = null;
    },
    [],
  );

  // A reader that cannot be edited shows no caret; while it has focus, the character after the caret is marked.
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const update = () => {
      const current = ensurePainting();
      if (!current) return;
      const selection = document.getSelection();
      const focused = document.activeElement === article && selection?.isCollapsed && selection.focusNode && article.contains(selection.focusNode);
      const offset = focused ? current.positions.offsetAt(selection!.focusNode!, selection!.focusOffset) : null;
      current.painter.setCaret(offset === null || offset >= index.length ? null : { start: offset, end: offset + 1 });
    };
    document.addEventListener("selectionchange", update);
    article.addEventListener("focus", update);
    article.addEventListener("blur", update);
    return () => {
      document.removeEventListener("selectionchange", update);
      article.removeEventListener("focus", update);
      article.removeEventListener("blur", update);
    };
  }, [ensurePainting, index]);

  return useMemo(() => {
    const positions = () => ensurePainting()?.positions ?? null;
    return {
      articleRef,
      marksRef,
      pendingRef,
      index,
      paragraphs,
      /** Paints a new annotation in the coming frame, before the layer holding it is rendered. */
      paint(annotation: PaintedAnnotation) {
        ensurePainting()?.painter.add(annotation);
      },
      /** The span of the current DOM selection inside the reader, or null. */
      selectedSpan(): Span | null {
        const selection = document.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
        return positions()?.spanOf(selection.getRangeAt(0)) ?? null;
      },
      /** Replaces the DOM selection with `span` (a snapped selection, a boundary to adjust). */
      selectSpan(span: Span) {
        const range = positions()?.rangeFor(span);
        const selection = document.getSelection();
        if (!range || !selection) return;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      /** The code point offset of the caret (a collapsed selection) in the reader, or null. */
      caretOffset(): number | null {
        const selection = document.getSelection();
        if (!selection?.focusNode || !selection.isCollapsed) return null;
        return positions()?.offsetAt(selection.focusNode, selection.focusOffset) ?? null;
      },
      /** The offset of the character under a point of the viewport, or null over no character. */
      characterAt(x: number, y: number): number | null {
        const current = positions();
        const caret = document.caretPositionFromPoint(x, y);
        const offset = caret && current?.offsetAt(caret.offsetNode, caret.offset);
        if (offset === null || offset === undefined || !current) return null;
        // The caret lands before or after the character hit, depending on which half was clicked.
        for (const candidate of [offset, offset - 1]) {
          if (candidate < 0 || candidate >= index.length) continue;
          const box = current.rangeFor({ start: candidate, end: candidate + 1 }).getBoundingClientRect();
          if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return candidate;
        }
        return null;
      },
      /** Viewport rectangle of a span, for placing a popover. */
      rectOf(span: Span): DOMRect | null {
        return positions()?.rangeFor(span).getBoundingClientRect() ?? null;
      },
      /** Scrolls the reader so that `span` is in view, a third from the top, unless it is already visible. */
      reveal(span: Span) {
        const rect = positions()?.rangeFor(span).getBoundingClientRect();
        if (articleRef.current && rect) revealRect(articleRef.current, rect);
      },
    };
  }, [ensurePainting, index, paragraphs]);
}

export type Reader = ReturnType<typeof useReader>;
