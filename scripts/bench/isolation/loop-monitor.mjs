// Preloaded into the app's process by the isolation bench (NODE_OPTIONS=--import): measures how late the request
// thread's event loop runs and writes it to LOOP_MONITOR_FILE as JSON every 500 ms. SIGUSR2 ends a phase: the file
// then keeps that phase's figures as `previous`, with `phases` counted up, and the histogram starts again.
// Plain JavaScript, because it loads before Next.js and before any TypeScript runner.
import { renameSync, writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";

const file = process.env.LOOP_MONITOR_FILE;

// Worker threads load preloaded modules too; the job pool's threads are meant to be busy, so only the main thread counts.
if (file && isMainThread) {
  const RESOLUTION_MS = 10;
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  let phases = 0;
  let previous = null;

  // The histogram records the time between its timer's ticks, so an idle loop reads about RESOLUTION_MS: the delay
  // the loop added is what lies beyond it.
  const delay = (nanoseconds) => Math.max(0, nanoseconds / 1e6 - RESOLUTION_MS);
  const figures = () => ({
    p50: delay(histogram.percentile(50)),
    p99: delay(histogram.percentile(99)),
    max: delay(histogram.max),
    samples: histogram.count,
  });
  // Written beside the file and renamed over it, so the bench never reads half a file.
  const write = () => {
    writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, phases, current: figures(), previous }));
    renameSync(`${file}.tmp`, file);
  };

  setInterval(write, 500).unref();
  process.on("SIGUSR2", () => {
    previous = figures();
    phases++;
    histogram.reset();
    write();
  });
  write();
}
