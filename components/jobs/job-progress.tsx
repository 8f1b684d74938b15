"use client";

import { useState } from "react";
import { isJobFinished, type JobJson } from "@/lib/jobs/job-json";
import { cancelJobRequest } from "./use-job";

const formatCount = (value: number) => value.toLocaleString("en");

/** A job's stage and progress bar, with a Cancel button while it can still be stopped. */
export function JobProgress({ job, label }: { job: JobJson; label: string }) {
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const finished = isJobFinished(job.state);
  const counted = job.total !== null && job.total > 0;
  return (
    <div className="job-progress" role="group" aria-label={`Job of ${label}`}>
      {!finished && (
        <>
          <progress max={counted ? job.total! : undefined} value={counted ? job.done : undefined} aria-label={`Progress of ${label}`} />
          <span className="muted" aria-live="polite">
            {job.state === "queued" ? "queued: waiting for a free worker" : job.stage}
            {counted ? ` (${formatCount(job.done)} of ${formatCount(job.total!)})` : ""}
          </span>
          <button
            type="button"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true);
              cancelJobRequest(job.id).catch((error: Error) => {
                setCancelError(error.message);
                setCancelling(false);
              });
            }}
          >
            {cancelling ? "Cancelling…" : `Cancel ${label}`}
          </button>
        </>
      )}
      {cancelError && (
        <span className="error" role="alert">
          {cancelError}
        </span>
      )}
    </div>
  );
}
