import type { LoopDelay } from "./end-loop-phase";
import type { Phase, SaveSample } from "./run-coder";
import type { JobOutcome } from "./run-supervisor-jobs";

const TARGET_RATIO = 3;
const TARGET_LOOP_P99_MS = 50;

export type PhaseFigures = { phase: Exclude<Phase, "warm-up">; seconds: number; loop: LoopDelay };

/**
 * Prints the coders' save times and the app's event-loop delay in each phase, each job's outcome, then each target:
 * save p95 loaded / idle ≤ 3, no failed save, event-loop delay p99 ≤ 50 ms in both phases.
 */
export function printIsolationReport({ samples, phases, jobs, coders }: { samples: SaveSample[]; phases: PhaseFigures[]; jobs: JobOutcome[]; coders: number }): void {
  const summaries = new Map(phases.map((figures) => [figures.phase, summariseSaves(samples.filter((sample) => sample.phase === figures.phase))]));
  for (const { phase, seconds, loop } of phases) {
    const saves = summaries.get(phase)!;
    const when = phase === "idle" ? "idle" : "while the jobs ran";
    console.log(
      `coder saves ${phase} (${seconds.toFixed(1)} s ${when}, ${coders} coders): ${saves.count.toLocaleString("en")} requests, p50 ${ms(saves.p50)}, ` +
        `p95 ${ms(saves.p95)}, ${saves.errors} errors${saves.errors > 0 ? ` (${saves.byStatus})` : ""}`,
    );
    console.log(`event-loop delay ${phase}: p50 ${ms(loop.p50)}, p99 ${ms(loop.p99)}, max ${ms(loop.max)}`);
  }
  for (const job of jobs) {
    const jobTime = job.jobMs === null ? "" : `job ${inSeconds(job.jobMs)} (queued ${inSeconds(job.queuedMs ?? 0)}), `;
    console.log(`${job.label}: ${job.state}; ${jobTime}wall ${inSeconds(job.wallMs)}${job.detail ? `; ${job.detail}` : ""}`);
  }

  const idle = summaries.get("idle")!;
  const loaded = summaries.get("loaded")!;
  const ratio = loaded.p95 / idle.p95;
  const errors = idle.errors + loaded.errors;
  const worstLoop = Math.max(...phases.map((figures) => figures.loop.p99));
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  console.log(`target: save p95 loaded / idle ≤ ${TARGET_RATIO}: ${ratio.toFixed(2)}, ${verdict(ratio <= TARGET_RATIO)}`);
  console.log(`target: 0 errors: ${errors}, ${verdict(errors === 0)}`);
  console.log(`target: event-loop delay p99 ≤ ${TARGET_LOOP_P99_MS} ms: ${ms(worstLoop)} (worse phase), ${verdict(worstLoop <= TARGET_LOOP_P99_MS)}`);
}

function summariseSaves(samples: SaveSample[]) {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const failed = samples.filter(({ status }) => typeof status !== "number" || status < 200 || status > 299);
  const statuses = new Map<string, number>();
  for (const { status } of failed) {
    const key = typeof status === "number" ? String(status) : `no answer: ${status.noAnswer}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
  return {
    count: samples.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: failed.length,
    byStatus: [...statuses].map(([status, count]) => `${status} × ${count}`).join(", "),
  };
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const inSeconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
