"use client";

import { type RefObject, useEffect, useId, useRef, useState } from "react";
import { clearMemoDraft, readMemoDraft, writeMemoDraft } from "./memo-drafts";

const SAVE_AFTER_MS = 700;

/**
 * The memo of the selected annotation. What is typed is kept as a draft at once and saved a moment after typing
 * stops, when the field loses focus, and when the field goes away (another annotation chosen, a link followed), so
 * nothing typed is lost on navigation. A draft whose save never succeeded is saved on the next visit (useRestoredMemos).
 */
export function MemoField({
  documentId,
  annotationId,
  memo,
  readOnly,
  onSave,
  fieldRef,
}: {
  documentId: number;
  annotationId: number;
  memo: string;
  readOnly: boolean;
  onSave: (memo: string) => void;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const [draft, setDraft] = useState(() => readMemoDraft(documentId, annotationId) ?? memo);
  const [shownMemo, setShownMemo] = useState(memo);
  const latest = useRef({ draft, memo, onSave });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = useRef(() => {});
  const fieldId = useId();

  // The memo changed elsewhere (another tab, undo): show it, unless the coder has typed something not saved yet.
  if (memo !== shownMemo) {
    setShownMemo(memo);
    if (draft === shownMemo) setDraft(memo);
  }

  useEffect(() => {
    latest.current = { draft, memo, onSave };
  });

  useEffect(() => {
    const save = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const { draft: typed, memo: saved, onSave: persist } = latest.current;
      // The draft stays until the save succeeds (useAnnotationWrites clears it), so a failed save is tried again on the next visit.
      if (typed !== saved) persist(typed);
      else clearMemoDraft(documentId, annotationId);
    };
    // A memo typed on an annotation still being saved changes id when the save lands: keep its draft under the new one.
    if (latest.current.draft !== latest.current.memo) writeMemoDraft(documentId, annotationId, latest.current.draft);
    flush.current = save;
    return save;
  }, [documentId, annotationId]);

  function change(value: string) {
    setDraft(value);
    latest.current.draft = value;
    writeMemoDraft(documentId, annotationId, value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => flush.current(), SAVE_AFTER_MS);
  }

  return (
    <>
      <label htmlFor={fieldId}>Memo</label>
      <textarea ref={fieldRef} id={fieldId} aria-keyshortcuts="Alt+M" value={draft} readOnly={readOnly} rows={4} dir="auto" onChange={(event) => change(event.target.value)} onBlur={() => flush.current()} />
    </>
  );
}
