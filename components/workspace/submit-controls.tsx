"use client";

import Link from "next/link";
import { useState } from "react";
import type { AssignmentStateJson } from "@/lib/documents/document-json";
import { StatusBadge } from "../status-badge";

/**
 * "Mark as done" submits the coder's coding of the document (it then counts for agreement); a submission can be
 * reopened until the supervisor locks the round. After submitting, the next unfinished document is one click away.
 * Submitting with no annotation at all says that it means "nothing of the codebook here" and asks first.
 */
export function SubmitControls({
  state,
  pendingWrites,
  transitioning,
  nextDocumentId,
  annotationCount,
  onTransition,
}: {
  state: AssignmentStateJson;
  pendingWrites: number;
  annotationCount: number;
  transitioning: boolean;
  nextDocumentId: number | null;
  onTransition: (action: "submit" | "reopen") => void;
}) {
  const [confirmingEmpty, setConfirmingEmpty] = useState(false);
  if (!state.status) return null;
  const submitted = state.status === "submitted";
  const submit = () => {
    setConfirmingEmpty(false);
    onTransition("submit");
  };
  return (
    <div className="submit-controls">
      <StatusBadge status={state.status} />
      {!submitted && !confirmingEmpty && (
        <button
          type="button"
          disabled={transitioning || pendingWrites > 0}
          title={pendingWrites > 0 ? "Wait until every change is saved" : undefined}
          onClick={() => (annotationCount === 0 ? setConfirmingEmpty(true) : submit())}
        >
          Mark as done
        </button>
      )}
      {!submitted && confirmingEmpty && (
        <span role="group" aria-label="Confirm marking done with nothing coded">
          You coded nothing here. Marking it done records that none of the codebook&apos;s codes applies to this statement.{" "}
          <button type="button" disabled={transitioning} onClick={submit}>
            Mark done with nothing coded
          </button>{" "}
          <button type="button" className="secondary" onClick={() => setConfirmingEmpty(false)}>
            Keep coding
          </button>
        </span>
      )}
      {submitted && !state.roundLocked && (
        <button type="button" className="secondary" disabled={transitioning} onClick={() => onTransition("reopen")}>
          Reopen
        </button>
      )}
      {submitted && state.roundLocked && <span className="muted small">The round is locked: this submission is final.</span>}
      {submitted && nextDocumentId !== null && (
        <Link className="button-link" href={`/documents/${nextDocumentId}`}>
          Next unfinished document
        </Link>
      )}
    </div>
  );
}
