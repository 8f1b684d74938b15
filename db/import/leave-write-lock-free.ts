const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Waits `ms` without holding SQLite's write lock, between two of a long job's short transactions. A coder's save that
 * found the lock taken retries at SQLite's busy-handler intervals (1, 2, 5, … 100 ms); a job that takes the lock
 * straight back after each commit leaves it almost no moment to get in, and the save waits out its whole timeout.
 * Pausing as long as the last transaction held the lock keeps the lock free half the time. It blocks the calling
 * thread, which is a job's worker thread or the command line, never the thread that answers requests.
 */
export function leaveWriteLockFree(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
