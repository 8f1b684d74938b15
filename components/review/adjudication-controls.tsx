"use client";

import { useState } from "react";
import { ADJUDICATION_STATUS_LABELS, type AdjudicationJson, type AdjudicationStatus } from "@/lib/review/review-json";

/**
 * The document's adjudication: its status (not started, in progress, done) with who changed it last, accepting
 * every agreed span in one action, a memo on the document, and marking it done (which closes the consensus to
 * changes until it is set back to in progress).
 */
export function AdjudicationControls({
  adjudication,
  agreedPending,
  unresolved,
  busy,
  onAcceptAgreed,
  onSave,
}: {
  adjudication: AdjudicationJson;
  agreedPending: number;
  unresolved: number;
  busy: boolean;
  onAcceptAgreed: () => void;
  onSave: (change: { status?: AdjudicationStatus; memo?: string }) => void;
}) {
  const [memo, setMemo] = useState(adjudication.memo);
  const done = adjudication.status === "done";
  return (
    <section className="panel" aria-labelledby="adjudication-heading">
      <h2 id="adjudication-heading">
        Adjudication: <span>{ADJUDICATION_STATUS_LABELS[adjudication.status]}</span>
      </h2>
      {adjudication.updatedBy && (
        <p className="muted">
          Last changed by {adjudication.updatedBy}
          {adjudication.updatedAt && ` on ${adjudication.updatedAt.slice(0, 16).replace("T", " ")} UTC`}.
        </p>
      )}
      <p>
        {unresolved === 0 ? "Every disagreement is resolved." : `${unresolved} disagreement${unresolved === 1 ? "" : "s"} not resolved yet.`}{" "}
        {agreedPending} agreed span{agreedPending === 1 ? "" : "s"} not yet in the consensus.
      </p>
      <div className="decision-buttons">
        <button type="button" disabled={busy || done || agreedPending === 0} onClick={onAcceptAgreed}>
          Accept all agreed spans
        </button>
        {done ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => onSave({ status: "in_progress" })}>
            Reopen adjudication
          </button>
        ) : (
          <button type="button" className="secondary" disabled={busy} onClick={() => onSave({ status: "done", memo })}>
            Mark done
          </button>
        )}
      </div>
      <label>
        Memo on this document
        <textarea value={memo} rows={3} onChange={(event) => setMemo(event.target.value)} />
      </label>
      <button type="button" className="secondary" disabled={busy || memo === adjudication.memo} onClick={() => onSave({ memo })}>
        Save memo
      </button>
    </section>
  );
}
