"use client";

import Link from "next/link";
import type { AssignmentStateJson } from "@/lib/documents/document-json";
import { StatusBadge } from "../status-badge";

/**
 * "Mark as done" submits the coder's coding of the document (it then counts for agreement); a submission can be
 * reopened until the supervisor locks the round. After submitting, the next unfinished document is one click away.
 */
export function SubmitControls({
  state,
  pendingWrites,
  transitioning,
  nextDocumentId,
  onTransition,
}: {
  state: AssignmentStateJson;
  pendingWrites: number;
  transitioning: boolean;
  nextDocumentId: number | null;
  onTransition: (action: "submit" | "reopen") => void;
}) {
  if (!state.status) return null;
  const submitted = state.status === "submitted";
  return (
    <div className="submit-controls">
      <StatusBadge status={state.status} />
      {!submitted && (
        <button
          type="button"
          disabled={transitioning || pendingWrites > 0}
          title={pendingWrites > 0 ? "Wait until every change is saved" : undefined}
          onClick={() => onTransition("submit")}
        >
          Mark as done
        </button>
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
