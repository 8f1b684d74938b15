import type { MessagePort } from "node:worker_threads";
import { type Db, openDatabase } from "@/db/client";
import type { Result } from "@/lib/agreement/result";
import type { JobProgress, JobTask, WorkerMessage } from "./job-task";
import { runAgreementTask } from "./tasks/agreement-task";
import { runAnalysisTask } from "./tasks/analysis-task";
import { runCsvPreviewTask } from "./tasks/csv-preview-task";
import { runDiscardImportTask } from "./tasks/discard-import-task";
import { runExportTask } from "./tasks/export-task";
import { runImportTask } from "./tasks/import-task";
import { runSuggestionModelTask } from "./tasks/suggestion-model-task";

// One connection per worker thread, opened on its first task and kept for the next ones.
let db: Db | undefined;

const PROGRESS_INTERVAL_MS = 100;

/** Runs one task in a worker thread, posting "started" and throttled progress on `port`. */
export async function runJobTask({ task, port }: { task: JobTask; port: MessagePort }): Promise<Result<unknown>> {
  const post = (message: WorkerMessage) => port.postMessage(message);
  post({ type: "started" });
  let lastPost = 0;
  const report = (progress: JobProgress) => {
    const now = performance.now();
    if (now - lastPost < PROGRESS_INTERVAL_MS && progress.done !== progress.total) return;
    lastPost = now;
    post({ type: "progress", ...progress });
  };
  db ??= openDatabase();
  try {
    switch (task.kind) {
      case "import":
        return await runImportTask(db, task, report);
      case "csv-preview":
        return runCsvPreviewTask(task);
      case "export":
        return await runExportTask(db, task, report);
      case "agreement":
        return runAgreementTask(db, task, report);
      case "analysis":
        return runAnalysisTask(db, task, report);
      case "suggestion-model":
        return runSuggestionModelTask(db, task, report);
      case "discard-import":
        return runDiscardImportTask(db, task, report);
    }
  } finally {
    port.close();
  }
}
