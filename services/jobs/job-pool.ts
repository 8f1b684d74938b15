import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { getDatabasePath } from "@/db/client";
import type { Result } from "@/lib/agreement/result";
import { describeJobFailure, type StopReason } from "./describe-job-failure";
import { getJobConfig, type JobConfig } from "./job-config";
import { isFinished, type JobRecord } from "./job-record";
import type { ExportedFile, JobTask, WorkerMessage } from "./job-task";

/** How long a finished job (and its export file) stays available to its owner. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

/** A job as the pool holds it: the record, what stops its worker, and the promise of its end. */
type PooledJob = JobRecord & { controller: AbortController; stopReason: StopReason | null; ended?: Promise<JobRecord> };

type PoolState = {
  config: JobConfig;
  piscina: Piscina;
  jobs: Map<string, PooledJob>;
  filesDir: string;
};

// One pool per process, kept across hot reloads in development and shared by every route bundle.
const holder = globalThis as { testimonyJobPool?: PoolState };

function getPool(): PoolState {
  if (holder.testimonyJobPool) return holder.testimonyJobPool;
  const config = getJobConfig();
  // Resolved at run time from the project folder: the worker compiles our TypeScript itself and must not be bundled.
  const entry = path.resolve(/* turbopackIgnore: true */ process.cwd(), "services/jobs/worker-entry.mjs");
  const filesDir = path.join(path.dirname(getDatabasePath()), "job-files");
  rmSync(filesDir, { recursive: true, force: true });
  mkdirSync(filesDir, { recursive: true });
  const piscina = new Piscina({
    filename: pathToFileURL(entry).href,
    minThreads: 1,
    maxThreads: config.workers,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: config.maxMemoryMb },
  });
  holder.testimonyJobPool = { config, piscina, jobs: new Map(), filesDir };
  return holder.testimonyJobPool;
}

/** Where an export job writes its file: a folder of the pool's own beside the database, emptied at start. */
export function jobFilePath(jobId: string, extension: string): string {
  return path.join(getPool().filesDir, `${jobId}.${extension}`);
}

export type StartJob = {
  task: JobTask;
  projectId: number | null;
  owner: { id: number; login: string } | null;
  label: string;
  /** Runs once the job has ended, whatever the outcome (removing an upload's temporary file, say). */
  onEnd?: () => void;
};

/**
 * Queues a task in the pool of worker threads: at most JOB_WORKERS run at once, each stopped past JOB_MAX_SECONDS or
 * JOB_MAX_MEMORY_MB. The returned record is updated in place as the worker reports progress. A failed, stopped or
 * cancelled import is followed by a discard task that removes whatever it wrote before publishing.
 */
export function startJob({ task, projectId, owner, label, onEnd }: StartJob): JobRecord {
  const pool = getPool();
  const limits = { ...pool.config, maxSeconds: getJobConfig().maxSeconds };
  const id = task.kind === "import" ? task.jobId : randomUUID();
  const controller = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let timer: NodeJS.Timeout | undefined;
  const job: PooledJob = {
    id,
    kind: task.kind,
    projectId,
    owner,
    label,
    state: "queued",
    stage: "waiting for a free worker",
    done: 0,
    total: null,
    error: null,
    result: null,
    file: null,
    createdAt: new Date(),
    startedAt: null,
    finishedAt: null,
    controller,
    stopReason: null,
  };
  port1.on("message", (message: WorkerMessage) => {
    if (message.type === "started") {
      job.state = "running";
      job.startedAt = new Date();
      job.stage = "starting";
      timer = setTimeout(() => stop(job, "time"), limits.maxSeconds * 1000);
      timer.unref();
    } else {
      job.stage = message.stage;
      job.done = message.done;
      job.total = message.total;
    }
  });
  port1.unref();
  const finish = (change: Partial<JobRecord>) => {
    clearTimeout(timer);
    port1.close();
    Object.assign(job, change, { finishedAt: new Date() });
    onEnd?.();
    setTimeout(() => forgetJob(id), KEEP_FINISHED_MS).unref();
    return job;
  };
  job.ended = pool.piscina.run({ task, port: port2 }, { transferList: [port2], signal: controller.signal }).then(
    (outcome: Result<unknown>) => {
      if (!outcome.ok) return finish({ state: "failed", error: outcome.error });
      const file = task.kind === "export" ? (outcome.value as ExportedFile) : null;
      return finish({ state: "succeeded", stage: "done", result: file ? null : outcome.value, file });
    },
    (error: unknown) => {
      if (!job.stopReason) console.error(`Job ${id} (${task.kind}) failed:`, error);
      const finished = finish({ state: job.stopReason === "cancelled" ? "cancelled" : "failed", error: describeJobFailure(error, job.stopReason, limits) });
      if (task.kind === "import") discardImport(task.jobId);
      return finished;
    },
  );
  pool.jobs.set(id, job);
  return job;
}

function stop(job: PooledJob, reason: StopReason) {
  if (isFinished(job) || job.stopReason) return;
  job.stopReason = reason;
  job.stage = reason === "cancelled" ? "cancelling" : "stopping: time limit reached";
  job.controller.abort();
}

function discardImport(jobId: string): void {
  startJob({ task: { kind: "discard-import", jobId }, projectId: null, owner: null, label: "discard an unpublished import" });
}

function forgetJob(id: string): void {
  const pool = getPool();
  const job = pool.jobs.get(id);
  if (job?.file) rmSync(job.file.path, { force: true });
  pool.jobs.delete(id);
}

/** A job of this process by id; asking does not start the pool. */
export function getJob(id: string): JobRecord | undefined {
  return holder.testimonyJobPool?.jobs.get(id);
}

/** The import and export jobs of a project, newest first, for its pages to show after a reload. */
export function getJobsByProject(projectId: number): JobRecord[] {
  return [...(holder.testimonyJobPool?.jobs.values() ?? [])].filter((job) => job.projectId === projectId && (job.kind === "import" || job.kind === "export")).reverse();
}

/** Stops a queued or running job; its record says "cancelled" once the worker has stopped. */
export function cancelJob(id: string): void {
  const job = getPool().jobs.get(id);
  if (job) stop(job, "cancelled");
}

/** Resolves with the job once it has ended (succeeded, failed or cancelled). */
export function waitForJob(job: JobRecord): Promise<JobRecord> {
  const record = getPool().jobs.get(job.id);
  return record?.ended ?? Promise.resolve(job);
}

/**
 * Runs a task as a job and waits for its result, for requests whose answer is the result itself (agreement). The
 * request waits; the thread that answers every other request does not.
 */
export async function runJobAndWait<T>(start: StartJob): Promise<Result<T>> {
  const job = await waitForJob(startJob(start));
  return job.state === "succeeded" ? { ok: true, value: job.result as T } : { ok: false, error: job.error ?? "The job did not finish." };
}
