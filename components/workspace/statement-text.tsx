"use client";

import { type KeyboardEvent, type MouseEvent, memo, type RefObject } from "react";
import type { Paragraph } from "@/lib/text/split-paragraphs";
import { revealRect } from "./reveal-rect";

type Move = [direction: "left" | "right" | "forward" | "backward", granularity: "character" | "word" | "line" | "lineboundary" | "documentboundary"];

const MOVES: Record<string, { plain: Move; control: Move }> = {
  ArrowLeft: { plain: ["left", "character"], control: ["left", "word"] },
  ArrowRight: { plain: ["right", "character"], control: ["right", "word"] },
  ArrowUp: { plain: ["backward", "line"], control: ["backward", "line"] },
  ArrowDown: { plain: ["forward", "line"], control: ["forward", "line"] },
  Home: { plain: ["backward", "lineboundary"], control: ["backward", "documentboundary"] },
  End: { plain: ["forward", "lineboundary"], control: ["forward", "documentboundary"] },
};

/**
 * The statement in its own direction, one <p> (one text node) per paragraph, never split by highlights: they are
 * painted with CSS highlights. The text is focusable and, though not editable, selectable from the keyboard: arrows
 * move a caret (left and right follow the screen, so Arabic reads naturally), Shift extends the selection, Ctrl moves
 * by words.
 */
export function StatementText({
  articleRef,
  marksRef,
  pendingRef,
  text,
  paragraphs,
  direction,
  language,
  onMouseUp,
  onKeyDown,
}: {
  articleRef: RefObject<HTMLElement | null>;
  /** Where the reader draws its marks (see createPassageMarks): after the paragraphs, so paragraph i stays child i. */
  marksRef: RefObject<HTMLDivElement | null>;
  /** The canvas showing new passages (see createPendingPassages): beside the text, so drawing on it leaves the text be. */
  pendingRef: RefObject<HTMLCanvasElement | null>;
  text: string;
  paragraphs: readonly Paragraph[];
  direction: "ltr" | "rtl";
  language: string | null;
  onMouseUp: (event: MouseEvent<HTMLElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}) {
  function onReaderKeyDown(event: KeyboardEvent<HTMLElement>) {
    const move = MOVES[event.key];
    const selection = document.getSelection();
    const article = articleRef.current;
    if (!move || event.altKey || event.metaKey || !selection || !article) return onKeyDown(event);
    event.preventDefault();
    if (!selection.focusNode || !article.contains(selection.focusNode)) selection.collapse(article.querySelector("p")?.firstChild ?? article, 0);
    const [towards, granularity] = event.ctrlKey ? move.control : move.plain;
    selection.modify(event.shiftKey ? "extend" : "move", towards, granularity);
    if (!selection.focusNode) return;
    const caret = document.createRange();
    caret.setStart(selection.focusNode, selection.focusOffset);
    revealRect(article, caret.getBoundingClientRect());
  }

  return (
    <div className="statement-frame">
      <article
        ref={articleRef}
        className="statement-text"
        dir={direction}
        lang={language ?? undefined}
        tabIndex={0}
        aria-label="Statement text: use the arrow keys with Shift to select, then a code's key"
        onMouseUp={onMouseUp}
        onKeyDown={onReaderKeyDown}
        onFocus={(event) => {
          const selection = document.getSelection();
          if (event.target === event.currentTarget && selection && !event.currentTarget.contains(selection.focusNode)) {
            selection.collapse(event.currentTarget.querySelector("p")?.firstChild ?? event.currentTarget, 0);
          }
        }}
      >
        <Paragraphs text={text} paragraphs={paragraphs} />
        <div ref={marksRef} className="passage-marks" aria-hidden="true" />
      </article>
      <canvas ref={pendingRef} className="pending-passages" aria-hidden="true" />
    </div>
  );
}

const Paragraphs = memo(function Paragraphs({ text, paragraphs }: { text: string; paragraphs: readonly Paragraph[] }) {
  return paragraphs.map((paragraph, i) => (
    <p key={i} data-paragraph={i}>
      {text.slice(paragraph.utf16Start, paragraph.utf16End)}
    </p>
  ));
});
