import { readFileSync } from "node:fs";

/** The app's event-loop delay over one phase, in milliseconds, as loop-monitor.mjs measures it. */
export type LoopDelay = { p50: number; p99: number; max: number; samples: number };

type MonitorFile = { pid: number; phases: number; current: LoopDelay; previous: LoopDelay | null };

const readMonitor = (file: string) => JSON.parse(readFileSync(file, "utf8")) as MonitorFile;

/**
 * Ends the monitor's current phase (SIGUSR2 to the process that wrote the file) and answers that phase's delay; the
 * next phase starts at once. The signal goes only to the pid named in the file, whose handler is known to be set:
 * SIGUSR2 would end a process without one.
 */
export async function endLoopPhase(loopFile: string): Promise<LoopDelay> {
  const before = readMonitor(loopFile);
  process.kill(before.pid, "SIGUSR2");
  // A blocked event loop runs the signal's handler late too: wait as long as a blocked loop could plausibly take.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = readMonitor(loopFile);
    if (after.phases > before.phases && after.previous) return after.previous;
  }
  throw new Error(`the app's loop monitor did not answer SIGUSR2 within 30 s (${loopFile})`);
}
