"use client";

import type { FormEvent } from "react";
import type { CodeJson } from "@/lib/codebook/code-json";
import { ActionError } from "./action-error";
import type { SpanDraft } from "./span-draft";

/**
 * Draws a consensus span or edits one: the code and the offsets (code points), filled from a selection in the text or
 * from the current passage and adjustable from the keyboard; the quote shows what the span covers before it is sent.
 */
export function ConsensusSpanForm({
  draft,
  codes,
  quoteOf,
  busy,
  closedReason,
  error,
  onChange,
  onSubmit,
  onCancel,
  onUsePassage,
}: {
  draft: SpanDraft;
  codes: readonly CodeJson[];
  quoteOf: (start: number, end: number) => string | null;
  busy: boolean;
  closedReason: string | null;
  error: string | null;
  onChange: (draft: SpanDraft) => void;
  onSubmit: (draft: SpanDraft) => void;
  onCancel: () => void;
  onUsePassage: (() => void) | null;
}) {
  const start = Number(draft.start);
  const end = Number(draft.end);
  const complete = draft.code !== "" && draft.start !== "" && draft.end !== "" && Number.isInteger(start) && Number.isInteger(end) && end > start;
  const quote = complete ? quoteOf(start, end) : null;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (complete && quote !== null) onSubmit(draft);
  }
  return (
    <form className="panel span-form" aria-label={draft.id === null ? "Draw a consensus span" : "Edit consensus span"} onSubmit={submit}>
      <h2>{draft.id === null ? "Draw a consensus span" : "Edit consensus span"}</h2>
      <p className="muted">{closedReason ?? "Select words in the text with the mouse, or use the current passage, then adjust the offsets."}</p>
      <label>
        Code
        <select value={draft.code} onChange={(event) => onChange({ ...draft, code: event.target.value })}>
          {codes.filter((code) => !code.isGroup).map((code) => (
            <option key={code.id} value={code.id}>
              {code.name}
            </option>
          ))}
        </select>
      </label>
      <div className="offsets">
        <label>
          Start
          <input type="number" min={0} value={draft.start} onChange={(event) => onChange({ ...draft, start: event.target.value })} />
        </label>
        <label>
          End
          <input type="number" min={0} value={draft.end} onChange={(event) => onChange({ ...draft, end: event.target.value })} />
        </label>
      </div>
      <p aria-live="polite">
        {!complete ? "Give a start and an end after it." : quote === null ? "The span runs past the end of the text." : <>Covers: <q dir="auto">{quote}</q></>}
      </p>
      <label>
        Memo (why)
        <textarea value={draft.memo} rows={2} onChange={(event) => onChange({ ...draft, memo: event.target.value })} />
      </label>
      <div className="decision-buttons">
        <button type="submit" disabled={busy || closedReason !== null || !complete || quote === null}>
          {draft.id === null ? "Add to consensus" : "Save changes"}
        </button>
        {onUsePassage && (
          <button type="button" className="secondary" disabled={closedReason !== null} onClick={onUsePassage}>
            Use current passage
          </button>
        )}
        {(draft.id !== null || draft.start !== "" || draft.end !== "") && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <ActionError message={error} />
    </form>
  );
}
