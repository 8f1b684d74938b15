"use client";

import { useState } from "react";
import { ADJUDICATION_STATUS_LABELS, type AdjudicationJson, type AdjudicationStatus } from "@/lib/review/review-json";
import { ActionError } from "./action-error";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The document's adjudication: its status (not started, in progress, done) with who changed it last, accepting
 * every agreed span in one action, a memo on the document, and marking it done (which closes the consensus to
 * changes until it is set back to in progress). Marking done with disagreements open asks first and says how many.
 */
export function AdjudicationControls({
  adjudication,
  agreedPending,
  unresolved,
  busy,
  error,
  onAcceptAgreed,
  onSave,
}: {
  adjudication: AdjudicationJson;
  agreedPending: number;
  unresolved: number;
  busy: boolean;
  error: string | null;
  onAcceptAgreed: () => void;
  onSave: (change: { status?: AdjudicationStatus; memo?: string }) => void;
}) {
  const [memo, setMemo] = useState(adjudication.memo);
  const [confirming, setConfirming] = useState(false);
  const done = adjudication.status === "done";
  const markDone = () => {
    setConfirming(false);
    onSave({ status: "done", memo });
  };
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
        {unresolved === 0 ? "Every disagreement is resolved." : `${plural(unresolved, "disagreement", "disagreements")} not resolved yet.`}{" "}
        {plural(agreedPending, "agreed span", "agreed spans")} not yet in the consensus.
      </p>
      {done && <p className="muted">Adjudication is done: the consensus is closed to changes. Reopen it to change anything.</p>}
      {confirming ? (
        <div role="group" aria-label="Confirm marking done">
          <p>
            {plural(unresolved, "disagreement is", "disagreements are")} not resolved. Mark this document done anyway? The open{" "}
            {unresolved === 1 ? "one stays" : "ones stay"} out of the consensus.
          </p>
          <div className="decision-buttons">
            <button type="button" disabled={busy} onClick={markDone}>
              Mark done with {plural(unresolved, "open disagreement", "open disagreements")}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep adjudicating
            </button>
          </div>
        </div>
      ) : (
        <div className="decision-buttons">
          <button type="button" disabled={busy || done || agreedPending === 0} onClick={onAcceptAgreed}>
            Accept all agreed spans
          </button>
          {done ? (
            <button type="button" className="secondary" disabled={busy} onClick={() => onSave({ status: "in_progress" })}>
              Reopen adjudication
            </button>
          ) : (
            <button type="button" className="secondary" disabled={busy} onClick={() => (unresolved > 0 ? setConfirming(true) : markDone())}>
              Mark done
            </button>
          )}
        </div>
      )}
      <label>
        Memo on this document
        <textarea value={memo} rows={3} onChange={(event) => setMemo(event.target.value)} />
      </label>
      <button type="button" className="secondary" disabled={busy || memo === adjudication.memo} onClick={() => onSave({ memo })}>
        Save memo
      </button>
      <ActionError message={error} />
    </section>
  );
}
