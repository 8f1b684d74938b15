"use client";

import { useQueryClient } from "@tanstack/react-query";
import { startTransition, useRef } from "react";
import { annotationsAt } from "@/lib/annotations/annotation-order";
import { shiftSpanByWord, type SpanEdge } from "@/lib/annotations/shift-span-by-word";
import { snapToWords } from "@/lib/annotations/snap-to-words";
import type { Span } from "@/lib/annotations/span";
import type { AnnotationChange, AnnotationState } from "@/lib/annotations/undo-history";
import type { CodeJson } from "@/lib/codebook/code-json";
import type { ClientAnnotation } from "./client-annotation";
import { afterNextPaint } from "./after-next-paint";
import { newTemporaryId, resolveAnnotationId } from "./id-aliases";
import { workspaceKeys } from "./query-keys";
import type { AnnotationWrites } from "./use-annotation-writes";
import type { Reader } from "./use-reader";
import type { useUndoHistory } from "./use-undo-history";

const QUOTE_SAID = 60;

export const shorten = (quote: string) => {
  const codePoints = Array.from(quote.replace(/\s+/g, " "));
  return codePoints.length > QUOTE_SAID ? `${codePoints.slice(0, QUOTE_SAID).join("")}…` : codePoints.join("");
};
const stateOf = ({ id, code, start, end, quote, memo }: ClientAnnotation): AnnotationState => ({ id, code, start, end, quote, memo });
const sameSpan = (a: Span | null, b: Span | null) => a !== null && b !== null && a.start === b.start && a.end === b.end;

/**
 * What the coder does in the workspace, as commands shared by keys, buttons and the mouse: code the selection, pick
 * an annotation, change or delete it, undo and redo. Each says what happened in words a screen reader announces.
 * Commands read the layer from the query cache, not from the last render, so a memo saved as its field closes
 * compares with the current memo.
 */
export function useCodingCommands({
  documentId,
  text,
  codes,
  reader,
  writes,
  history,
  readOnlyReason,
  select,
  openPicker,
  say,
}: {
  documentId: number;
  text: string;
  codes: readonly CodeJson[];
  reader: Reader;
  writes: AnnotationWrites;
  history: ReturnType<typeof useUndoHistory>;
  readOnlyReason: string | null;
  select: (id: number | null, reveal?: boolean) => void;
  openPicker: (ids: number[], point: { x: number; y: number }) => void;
  say: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  // The span selected with a modifier held (Alt, Ctrl): coded exactly as selected, not snapped to words.
  const exactSelection = useRef<Span | null>(null);

  const layer = () => queryClient.getQueryData<readonly ClientAnnotation[]>(workspaceKeys.annotations(documentId)) ?? [];
  const find = (id: number | null) => (id === null ? undefined : layer().find((item) => item.id === resolveAnnotationId(id)));
  const codeName = (codeId: number) => codes.find((code) => code.id === codeId)?.name ?? "an unknown code";
  const quoteOf = ({ start, end }: Span) => text.slice(reader.index.toUtf16Index(start), reader.index.toUtf16Index(end));
  const writable = () => {
    if (readOnlyReason) say(readOnlyReason);
    return readOnlyReason === null;
  };

  function update(annotation: ClientAnnotation, changes: Partial<AnnotationState>, message: string) {
    const after = { ...stateOf(annotation), ...changes };
    if (layer().some((item) => item.id !== annotation.id && item.code === after.code && item.start === after.start && item.end === after.end)) {
      return say(`That passage already carries ${codeName(after.code)}.`);
    }
    writes.update(annotation.id, changes);
    history.record({ kind: "update", before: stateOf(annotation), after });
    say(message);
  }

  function describe(change: AnnotationChange): string {
    if (change.kind === "create") return `coding “${shorten(change.after.quote)}” as ${codeName(change.after.code)}`;
    if (change.kind === "delete") return `deletion of “${shorten(change.before.quote)}”`;
    return `change to “${shorten(change.after.quote)}”`;
  }

  return {
    /**
     * Codes the selection (or, with nothing selected, the selected annotation's passage) with `code`; true when the
     * passage carries the code afterwards.
     */
    codeSelection(code: CodeJson, exact: boolean, activeId: number | null): boolean {
      const refuse = (message: string) => {
        say(message);
        return false;
      };
      if (!writable()) return false;
      if (code.isGroup) return refuse(`${code.name} is a group: code with one of the codes under it.`);
      const selected = reader.selectedSpan();
      const active = find(activeId);
      let span: Span | null;
      if (selected) span = snapToWords(text, selected, { words: !(exact || sameSpan(selected, exactSelection.current)), index: reader.index });
      else if (active) span = { start: active.start, end: active.end };
      else return refuse("Select a passage first: drag over the text, or focus it and hold Shift with the arrow keys. Then press a code's key or type a code's first letters.");
      if (!span) return refuse("The selection holds only spaces or line breaks: select words to code.");
      const existing = layer().find((item) => item.code === code.id && sameSpan(item, span));
      if (existing) {
        select(existing.id);
        say(`This passage is already coded as ${code.name}.`);
        return true;
      }
      const quote = quoteOf(span);
      const id = newTemporaryId();
      reader.paint({ id, code: code.id, ...span });
      // Collapse the selection so the new highlight shows; the passage stays selected as an annotation.
      if (selected) document.getSelection()?.collapseToEnd();
      // The passage shows in the coming frame; the write (the layer's update, the request), the list, the editor
      // and the message follow once it is painted.
      afterNextPaint(() => {
        writes.create({ code: code.id, start: span.start, end: span.end, quote, memo: "" }, id);
        startTransition(() => {
          history.record({ kind: "create", after: { id, code: code.id, ...span, quote, memo: "" } });
          select(id);
          say(`Coded “${shorten(quote)}” as ${code.name}.`);
        });
      });
      return true;
    },

    /** After a mouse selection: snaps it visibly to whole words, unless a modifier asks for the exact characters. */
    selectionMade(exact: boolean) {
      const selected = reader.selectedSpan();
      exactSelection.current = exact ? selected : null;
      if (!selected || exact) return;
      const snapped = snapToWords(text, selected, { index: reader.index });
      if (snapped && !sameSpan(snapped, selected)) reader.selectSpan(snapped);
    },

    /** Picks the annotation at a character (a click, Enter at the caret); several overlapping ones open the picker. */
    pickAt(offset: number | null, point: { x: number; y: number }) {
      const hits = offset === null ? [] : annotationsAt(layer(), offset);
      if (hits.length === 0) return select(null);
      if (hits.length === 1) {
        select(hits[0]!.id);
        return say(`${codeName(hits[0]!.code)}: “${shorten(hits[0]!.quote)}”.`);
      }
      openPicker(
        hits.map((hit) => hit.id),
        point,
      );
      say(`${hits.length} annotations overlap here; choose one.`);
    },

    /** Moves to the next or previous annotation in text order among `shown`. */
    step(shown: readonly ClientAnnotation[], direction: -1 | 1, activeId: number | null) {
      const at = shown.findIndex((item) => item.id === resolveAnnotationId(activeId ?? 0));
      const next = at === -1 ? (direction === 1 ? shown[0] : shown.at(-1)) : shown[at + direction];
      if (!next) return say(direction === 1 ? "No annotation after this one." : "No annotation before this one.");
      select(next.id, true);
      say(`${codeName(next.code)}: “${shorten(next.quote)}”.`);
    },

    remove(id: number) {
      const annotation = find(id);
      if (!annotation || !writable()) return;
      writes.remove(annotation.id);
      history.record({ kind: "delete", before: stateOf(annotation) });
      select(null);
      say(`Deleted “${shorten(annotation.quote)}” (${codeName(annotation.code)}). Ctrl+Z brings it back.`);
    },

    changeCode(id: number, codeId: number) {
      const annotation = find(id);
      if (!annotation || !writable() || annotation.code === codeId) return;
      update(annotation, { code: codeId }, `“${shorten(annotation.quote)}” is now coded as ${codeName(codeId)}.`);
    },

    shift(id: number, edge: SpanEdge, direction: -1 | 1) {
      const annotation = find(id);
      if (!annotation || !writable()) return;
      const span = shiftSpanByWord(text, annotation, edge, direction, reader.index);
      if (!span) return say(`The ${edge} cannot move further that way.`);
      const quote = quoteOf(span);
      update(annotation, { ...span, quote }, `Now “${shorten(quote)}”.`);
    },

    fitToSelection(id: number) {
      const annotation = find(id);
      const selected = reader.selectedSpan();
      if (!annotation || !writable()) return;
      const span = selected && snapToWords(text, selected, { words: !sameSpan(selected, exactSelection.current), index: reader.index });
      if (!span) return say("Select the passage the annotation should cover, then choose “Set to the selected text”.");
      const quote = quoteOf(span);
      update(annotation, { ...span, quote }, `Now “${shorten(quote)}”.`);
    },

    saveMemo(id: number, memo: string) {
      const annotation = find(id);
      if (!annotation || annotation.memo === memo || readOnlyReason) return;
      update(annotation, { memo }, `Memo saved for “${shorten(annotation.quote)}”.`);
    },

    undo() {
      if (!writable()) return;
      const done = history.undo();
      if (!done) return say("Nothing to undo.");
      select(done.id);
      say(`Undone: ${describe(done.change)}.`);
    },

    redo() {
      if (!writable()) return;
      const done = history.redo();
      if (!done) return say("Nothing to redo.");
      select(done.id);
      say(`Redone: ${describe(done.change)}.`);
    },
  };
}
