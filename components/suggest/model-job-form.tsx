"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import type { JobJson } from "@/lib/jobs/job-json";
import type { SuggestionModelOutcome } from "@/lib/suggest/suggestion-model-json";
import { fetchJson } from "../fetch-json";
import { JobProgress } from "../jobs/job-progress";
import { useJob } from "../jobs/use-job";
import { suggestionModelKeys } from "./use-suggestion-model";

/**
 * A form that starts a suggestion-model job (training, or training and applying) from its fields plus `fixed`, shows
 * the job's progress with Cancel, and refreshes the shown evaluation once it has succeeded.
 */
export function ModelJobForm({ projectId, label, submitLabel, fixed, describeDone, children }: {
  projectId: number;
  label: string;
  submitLabel: string;
  fixed: Record<string, unknown>;
  describeDone: (outcome: SuggestionModelOutcome) => string;
  children?: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { data: job } = useJob(jobId);

  useEffect(() => {
    if (job?.state === "succeeded") void queryClient.invalidateQueries({ queryKey: suggestionModelKeys.project(projectId) });
  }, [job?.state, projectId, queryClient]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const fields = Object.fromEntries(new FormData(event.currentTarget));
    try {
      const { job: started } = await fetchJson<{ job: JobJson }>(`/api/projects/${projectId}/suggestions/model`, { method: "POST", body: { ...fields, ...fixed } });
      setJobId(started.id);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  const busy = job !== undefined && (job.state === "queued" || job.state === "running");
  const failure = error ?? (job?.state === "failed" || job?.state === "cancelled" ? job.error : null);
  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={label}>
      {children}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
      {job && busy && <JobProgress job={job} label={label.toLowerCase()} />}
      {job?.state === "succeeded" && <p role="status">{describeDone(job.result as SuggestionModelOutcome)}</p>}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
