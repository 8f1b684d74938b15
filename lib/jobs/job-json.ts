/** The kinds of work the job pool runs off the request thread. */
export type JobKind = "import" | "csv-preview" | "export" | "agreement" | "analysis" | "suggestion-model" | "discard-import";

export type JobState = "queued" | "running" | "succeeded" | "failed" | "cancelled";

/** Progress a job reports: the stage it is in and items done of total (null while the total is unknown). */
export type JobProgress = { stage: string; done: number; total: number | null };

/** A job as GET /api/jobs/:id answers it (see the README's "Jobs" section). */
export type JobJson = JobProgress & {
  id: string;
  kind: JobKind;
  projectId: number | null;
  /** The login of whoever started it. */
  owner: string | null;
  label: string;
  state: JobState;
  /** Why it failed or was stopped, naming the limit and how to raise it. */
  error: string | null;
  /** An import's file report, or a suggestion model's evaluation, once it succeeded. */
  result: unknown;
  /** An export's file, once it succeeded: GET /api/jobs/:id/file sends it. */
  file: { filename: string; bytes: number } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

export const isJobFinished = (state: JobState) => state === "succeeded" || state === "failed" || state === "cancelled";
