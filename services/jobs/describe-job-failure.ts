import type { JobConfig } from "./job-config";

export type StopReason = "cancelled" | "time";

/**
 * The message a job's owner reads when it did not finish: which limit stopped it and how to raise it, or that it
 * was cancelled. Every case ends the same way, because a stopped job never leaves anything of itself behind.
 */
export function describeJobFailure(error: unknown, stopReason: StopReason | null, config: JobConfig): string {
  const nothingSaved = "Nothing of it was saved.";
  if (stopReason === "cancelled") return `Cancelled. ${nothingSaved}`;
  if (stopReason === "time") {
    return (
      `The job ran longer than its time limit of ${config.maxSeconds} s and was stopped. ${nothingSaved} ` +
      "Split the work (smaller files, fewer statements), or ask the administrator to raise JOB_MAX_SECONDS."
    );
  }
  if ((error as { code?: string } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return (
      `The job needed more than its memory limit of ${config.maxMemoryMb} MB and was stopped. ${nothingSaved} ` +
      "Split the work (smaller files, fewer statements), or ask the administrator to raise JOB_MAX_MEMORY_MB."
    );
  }
  return `The job failed on the server: ${(error as Error | null)?.message ?? String(error)}. ${nothingSaved}`;
}
