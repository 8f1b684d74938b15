import type { Db } from "@/db/client";
import { type LoadedAnalysis, loadAnalysis } from "@/db/queries/analysis";
import type { Result } from "@/lib/agreement/result";
import type { JobProgress, JobTask } from "../job-task";

/** Loads and selects a project's corpus for the analysis pages and routes, in a worker: a large corpus takes a while. */
export function runAnalysisTask(db: Db, task: Extract<JobTask, { kind: "analysis" }>, report: (progress: JobProgress) => void): Result<LoadedAnalysis> {
  report({ stage: "loading the corpus", done: 0, total: null });
  const loaded = loadAnalysis(db, { projectId: task.projectId, request: task.request });
  return loaded.ok ? loaded : { ok: false, error: `source: ${loaded.error}` };
}
