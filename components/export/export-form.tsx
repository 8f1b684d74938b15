"use client";

import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { fetchJson } from "../fetch-json";
import { JobProgress } from "../jobs/job-progress";
import { useJob } from "../jobs/use-job";
import type { JobJson } from "@/lib/jobs/job-json";

/**
 * The export form: the file is built by a job on the server while the page shows its progress, and downloads once it
 * is ready (a link stays for saving it again). Filters left at "any" are not sent.
 */
export function ExportForm({ projectId, children }: { projectId: number; children: ReactNode }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { data: job } = useJob(jobId);
  const downloaded = useRef<string | null>(null);
  const fileUrl = jobId ? `/api/jobs/${jobId}/file` : null;

  useEffect(() => {
    if (job?.state === "succeeded" && fileUrl && downloaded.current !== job.id) {
      downloaded.current = job.id;
      window.location.assign(fileUrl);
    }
  }, [job, fileUrl]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const choices = Object.fromEntries([...new FormData(event.currentTarget)].filter(([, value]) => value !== ""));
    try {
      const { job: started } = await fetchJson<{ job: JobJson }>(`/api/projects/${projectId}/exports`, { method: "POST", body: choices });
      setJobId(started.id);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  const busy = job !== undefined && (job.state === "queued" || job.state === "running");
  const failure = error ?? (job?.state === "failed" || job?.state === "cancelled" ? job.error : null);
  return (
    <form onSubmit={(event) => void submit(event)} className="stack panel" aria-label="Export">
      {children}
      <button type="submit" disabled={busy}>
        Download
      </button>
      {job && busy && <JobProgress job={job} label="the export" />}
      {job?.state === "succeeded" && job.file && fileUrl && (
        <p role="status">
          Ready: <a href={fileUrl}>{job.file.filename}</a> ({job.file.bytes.toLocaleString("en")} bytes).
        </p>
      )}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
