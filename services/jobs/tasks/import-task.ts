import { readFile } from "node:fs/promises";
import type { Db } from "@/db/client";
import type { Result } from "@/lib/agreement/result";
import type { FileReport } from "@/lib/import/types";
import { importIntoProject } from "@/services/import/import-into-project";
import type { JobProgress, JobTask } from "../job-task";

/** Reads an uploaded file from its temporary path and imports it; its rows stay hidden until the final publish. */
export async function runImportTask(db: Db, task: Extract<JobTask, { kind: "import" }>, report: (progress: JobProgress) => void): Promise<Result<FileReport>> {
  report({ stage: "reading the file", done: 0, total: null });
  const bytes = new Uint8Array(await readFile(task.path));
  const fileReport = await importIntoProject(db, {
    projectId: task.projectId,
    actorId: task.actorId,
    name: task.name,
    bytes,
    csvMapping: task.csvMapping,
    assignTo: task.assignTo,
    userMapping: task.userMapping,
    jobId: task.jobId,
    onProgress: report,
  });
  return { ok: true, value: fileReport };
}
