import type { Db } from "@/db/client";
import type { Result } from "@/lib/agreement/result";
import { computeProjectAgreement, type ProjectAgreement } from "@/services/agreement/project-agreement";
import type { JobProgress, JobTask } from "../job-task";

/** Agreement over a project's coded documents, computed in a worker so the request thread stays free. */
export function runAgreementTask(db: Db, task: Extract<JobTask, { kind: "agreement" }>, report: (progress: JobProgress) => void): Result<ProjectAgreement> {
  report({ stage: "computing agreement", done: 0, total: null });
  return computeProjectAgreement(db, {
    projectId: task.projectId,
    unit: task.unit,
    minCoverage: task.minCoverage,
    bootstrapSamples: task.bootstrapSamples,
    filter: task.filter,
  });
}
