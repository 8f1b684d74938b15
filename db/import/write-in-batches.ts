import type { Db, Tx } from "../client";
import type { ImportProgress } from "./import-steps";
import { leaveWriteLockFree } from "./leave-write-lock-free";

/**
 * A batch's transaction ends once it has run this long or written this many items. Another connection's write (a
 * coder saving an annotation) then waits at most about this long for the lock, well within its busy timeout, instead
 * of the many seconds one transaction for a whole 18 MB file would hold it.
 */
export const BATCH_MS = 25;
export const BATCH_ITEMS = 1_000;

/**
 * Writes `items` one at a time in short IMMEDIATE transactions, yielding the progress after each commit, and between
 * two transactions leaves the lock free as long as the last one held it.
 */
export function* writeInBatches<T>(
  db: Db,
  { stage, items, write }: { stage: string; items: readonly T[]; write: (tx: Tx, item: T) => void },
): Generator<ImportProgress, void, void> {
  let done = 0;
  let lastHeldMs = 0;
  while (done < items.length) {
    if (done > 0) leaveWriteLockFree(lastHeldMs);
    const lockTakenAt = performance.now();
    done = db.transaction(
      (tx) => {
        const started = performance.now();
        let at = done;
        do write(tx, items[at++]!);
        while (at < items.length && at - done < BATCH_ITEMS && performance.now() - started < BATCH_MS);
        return at;
      },
      { behavior: "immediate" },
    );
    lastHeldMs = performance.now() - lockTakenAt;
    yield { stage, done, total: items.length };
  }
}
