"use client";

import { useEffect, useRef } from "react";
import type { FileReport } from "@/lib/import/types";
import { isJobFinished } from "@/lib/jobs/job-json";
import { JobProgress } from "../jobs/job-progress";
import { useJob } from "../jobs/use-job";

/** Follows one file's import job and hands its report (or why it failed) back once the job has ended. */
export function ImportJobStatus({ jobId, file, onFinished }: { jobId: string; file: string; onFinished: (report: FileReport) => void }) {
  const { data: job, error } = useJob(jobId);
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current) return;
    if (error) {
      reported.current = true;
      onFinished({ file, status: "refused", imported: 0, duplicates: [], documentIds: [], messages: [error.message] });
    }
    else if (job && isJobFinished(job.state)) {
      reported.current = true;
      onFinished(
        job.state === "succeeded"
          ? (job.result as FileReport)
          : { file, status: "refused", imported: 0, duplicates: [], documentIds: [], messages: [job.error ?? `The import was ${job.state}.`] },
      );
    }
  }, [job, error, file, onFinished]);
  return job ? <JobProgress job={job} label={file} /> : <span className="muted">starting the import…</span>;
}
