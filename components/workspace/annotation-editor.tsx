"use client";

import { type RefObject, useId } from "react";
import type { SpanEdge } from "@/lib/annotations/shift-span-by-word";
import type { CodeJson } from "@/lib/codebook/code-json";
import type { ClientAnnotation } from "./client-annotation";
import { MemoField } from "./memo-field";

/**
 * The focused annotation: its code (changeable), quote, memo, boundaries (moved a word at a time, or set to the current
 * selection), and deletion. Every change goes through the same optimistic writes and can be undone. The memo comes
 * right after the code, so Tab reaches it at once (Alt+M jumps there); Escape anywhere in the panel goes back to the
 * text at the annotation.
 */
export function AnnotationEditor({
  documentId,
  annotation,
  codes,
  readOnly,
  unsaved,
  onChangeCode,
  onShift,
  onFitToSelection,
  onSaveMemo,
  onDelete,
  onClose,
  onLeave,
  memoRef,
}: {
  documentId: number;
  annotation: ClientAnnotation;
  codes: readonly CodeJson[];
  readOnly: boolean;
  unsaved: boolean;
  onChangeCode: (codeId: number) => void;
  onShift: (edge: SpanEdge, direction: -1 | 1) => void;
  onFitToSelection: () => void;
  onSaveMemo: (memo: string) => void;
  onDelete: () => void;
  onClose: () => void;
  onLeave: () => void;
  memoRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const code = codes.find((candidate) => candidate.id === annotation.code);
  const codeFieldId = useId();
  return (
    <section
      className="annotation-editor"
      aria-labelledby="editor-heading"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || event.defaultPrevented) return;
        // Handled here, so the workspace's Escape (close the annotation) does not also run.
        event.preventDefault();
        onLeave();
      }}
    >
      <div className="side-heading">
        <h2 id="editor-heading">Selected annotation</h2>
        <button type="button" className="link-button" onClick={onClose} aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      <label htmlFor={codeFieldId}>Code</label>
      <select id={codeFieldId} value={annotation.code} disabled={readOnly} onChange={(event) => onChangeCode(Number(event.target.value))}>
          {codes.map((candidate) => (
            <option key={candidate.id} value={candidate.id} disabled={candidate.isGroup}>
              {candidate.key ? `${candidate.key} · ` : ""}
              {candidate.name}
            </option>
          ))}
      </select>
      <blockquote className="editor-quote" dir="auto" aria-label={`Quote coded as ${code?.name ?? "an unknown code"}`}>
        {annotation.quote}
      </blockquote>
      <p className="muted small">
        {annotation.end - annotation.start === 1 ? "1 character" : `${annotation.end - annotation.start} characters`}
        {unsaved ? " · not saved yet" : " · saved"}
      </p>
      <MemoField fieldRef={memoRef} documentId={documentId} annotationId={annotation.id} memo={annotation.memo} readOnly={readOnly} onSave={onSaveMemo} />
      {!readOnly && (
        <div className="boundaries" role="group" aria-label="Boundaries">
          <span>Start</span>
          <button type="button" className="secondary small" onClick={() => onShift("start", -1)} aria-label="Start one word earlier">
            One word earlier
          </button>
          <button type="button" className="secondary small" onClick={() => onShift("start", 1)} aria-label="Start one word later">
            One word later
          </button>
          <span>End</span>
          <button type="button" className="secondary small" onClick={() => onShift("end", -1)} aria-label="End one word earlier">
            One word earlier
          </button>
          <button type="button" className="secondary small" onClick={() => onShift("end", 1)} aria-label="End one word later">
            One word later
          </button>
          <button type="button" className="secondary small fit" onMouseDown={(event) => event.preventDefault()} onClick={onFitToSelection}>
            Set to the selected text
          </button>
        </div>
      )}
      {!readOnly && (
        <button type="button" className="danger" onClick={onDelete} aria-keyshortcuts="Delete">
          Delete annotation
        </button>
      )}
    </section>
  );
}
