import type { Db } from "@/db/client";
import type { Result } from "@/lib/agreement/result";
import { discardImportsOfJob } from "@/db/import/discard-import-batch";
import type { JobProgress, JobTask } from "../job-task";

/** Removes what a stopped import wrote before it was published: a terminated worker cannot clean up after itself. */
export function runDiscardImportTask(db: Db, task: Extract<JobTask, { kind: "discard-import" }>, report: (progress: JobProgress) => void): Result<null> {
  report({ stage: "discarding the unpublished import", done: 0, total: null });
  discardImportsOfJob(db, task.jobId);
  return { ok: true, value: null };
}
