import { availableParallelism } from "node:os";

export type JobConfig = {
  /** Jobs that run at once; the rest wait in the queue. */
  workers: number;
  /** A running job is stopped after this long. */
  maxSeconds: number;
  /** A job's worker is stopped when its heap grows past this. */
  maxMemoryMb: number;
};

function positiveFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * The job pool's limits: JOB_WORKERS (default: cores − 1, at least 1, so one core stays free to answer requests),
 * JOB_MAX_SECONDS (default 900; read as each job starts) and JOB_MAX_MEMORY_MB (default 2048; read when the pool starts,
 * as are the workers).
 */
export function getJobConfig(): JobConfig {
  return {
    workers: Math.max(1, Math.floor(positiveFromEnv("JOB_WORKERS", availableParallelism() - 1))),
    maxSeconds: positiveFromEnv("JOB_MAX_SECONDS", 900),
    maxMemoryMb: Math.floor(positiveFromEnv("JOB_MAX_MEMORY_MB", 2048)),
  };
}
