import type { Db } from "@/db/client";
import type { Result } from "@/lib/agreement/result";
import type { SuggestionModelOutcome } from "@/lib/suggest/suggestion-model-json";
import { runSuggestionModel } from "@/services/suggest/run-suggestion-model";
import type { JobProgress, JobTask } from "../job-task";

/** Trains, cross-validates and optionally applies the suggestion model in a worker: a large project takes seconds. */
export function runSuggestionModelTask(db: Db, task: Extract<JobTask, { kind: "suggestion-model" }>, report: (progress: JobProgress) => void): Result<SuggestionModelOutcome> {
  return runSuggestionModel(db, task.request, report);
}
