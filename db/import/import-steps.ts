import { setImmediate as nextTurn } from "node:timers/promises";

/** How far an import is: `done` of the `total` items of the stage it is in. */
export type ImportProgress = { stage: string; done: number; total: number };

/** What a caller may give an import writer besides the data. */
export type ImportOptions = {
  /** Called after each committed batch and once before publishing. An error thrown here fails the import: it is discarded. */
  onProgress?: (progress: ImportProgress) => void;
  /** Looked at between batches: once aborted, what the import wrote is discarded and an Error named "AbortError" thrown. */
  signal?: AbortSignal;
  /** The background job writing the import, kept on its batch so that discardImportsOfJob can find it. */
  jobId?: string;
};

/**
 * An import as a generator: each value it yields is the progress after one committed batch, its return value the
 * result once published. An error thrown into it at a yield makes it discard its batch and throw the error on.
 */
export type ImportSteps<T> = Generator<ImportProgress, T, void>;

/** The error a stopped import throws. */
export function abortError(signal: AbortSignal): Error {
  const error = new Error("The import was stopped before it was published; nothing of it was kept.", { cause: signal.reason });
  error.name = "AbortError";
  return error;
}

/** Runs the steps to the end without letting go of the thread: for a few statements, or in a worker thread. */
export function runImportSteps<T>(steps: ImportSteps<T>, { onProgress, signal }: ImportOptions = {}): T {
  let step = steps.next();
  while (!step.done) {
    const progress = step.value;
    const failure = failureOf(() => {
      onProgress?.(progress);
      if (signal?.aborted) throw abortError(signal);
    });
    step = failure ? steps.throw(failure.error) : steps.next();
  }
  return step.value;
}

/**
 * Runs the steps, giving the event loop a turn between batches: other requests are served meanwhile, and an abort
 * signalled from outside (a closed request, a timer) is seen before the next batch.
 */
export async function runImportStepsAsync<T>(steps: ImportSteps<T>, { onProgress, signal }: ImportOptions = {}): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    const progress = step.value;
    let failure = failureOf(() => onProgress?.(progress));
    if (!failure) {
      await nextTurn();
      failure = failureOf(() => {
        if (signal?.aborted) throw abortError(signal);
      });
    }
    step = failure ? steps.throw(failure.error) : steps.next();
  }
  return step.value;
}

function failureOf(run: () => void): { error: unknown } | null {
  try {
    run();
    return null;
  } catch (error) {
    return { error };
  }
}
