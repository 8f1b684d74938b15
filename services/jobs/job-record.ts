import { isJobFinished, type JobJson, type JobKind, type JobProgress, type JobState } from "@/lib/jobs/job-json";
import type { ExportedFile } from "./job-task";

/** A job as the pool keeps it on the web server's thread. */
export type JobRecord = JobProgress & {
  id: string;
  kind: JobKind;
  projectId: number | null;
  owner: { id: number; login: string } | null;
  label: string;
  state: JobState;
  error: string | null;
  result: unknown;
  file: ExportedFile | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export function toJobJson(job: JobRecord): JobJson {
  return {
    id: job.id,
    kind: job.kind,
    projectId: job.projectId,
    owner: job.owner?.login ?? null,
    label: job.label,
    state: job.state,
    stage: job.stage,
    done: job.done,
    total: job.total,
    error: job.error,
    result: job.result,
    file: job.file ? { filename: job.file.filename, bytes: job.file.bytes } : null,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export const isFinished = (job: JobRecord) => isJobFinished(job.state);
