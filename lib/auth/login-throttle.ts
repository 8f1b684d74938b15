/**
 * Slows down password guessing: after `freeAttempts` attempts within `windowMs` for one key (a login name or an
 * address), further attempts for that key are refused until the window since the last one has passed. An attempt is
 * counted when it starts, in the same synchronous step as the check, so tries sent all at once are counted before
 * any password is compared; a successful one is then taken back. Kept in memory: the app runs as one process, and a
 * restart forgetting the count only restores the free attempts.
 */
export type ThrottleRule = { freeAttempts: number; windowMs: number };

export type LoginThrottle = {
  /** Counts an attempt for every key and answers 0 when none is throttled; otherwise counts nothing and answers the milliseconds to wait. */
  begin: (keys: readonly string[]) => number;
  /** Takes back the attempt `begin` counted for `key` (a successful sign-in does not use up an address's attempts). */
  takeBack: (key: string) => void;
  /** Forgets every attempt for `key`. */
  reset: (key: string) => void;
};

export function createLoginThrottle(rule: ThrottleRule, now: () => number = Date.now): LoginThrottle {
  const attempts = new Map<string, number[]>();

  function recent(key: string): number[] {
    const since = now() - rule.windowMs;
    const kept = (attempts.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) attempts.delete(key);
    else attempts.set(key, kept);
    return kept;
  }

  function waitMs(key: string): number {
    const times = recent(key);
    return times.length < rule.freeAttempts ? 0 : times[times.length - 1]! + rule.windowMs - now();
  }

  return {
    begin(keys) {
      const wait = Math.max(0, ...keys.map(waitMs));
      if (wait > 0) return wait;
      for (const key of keys) attempts.set(key, [...recent(key), now()]);
      return 0;
    },
    takeBack(key) {
      const times = recent(key);
      if (times.length > 0) attempts.set(key, times.slice(0, -1));
    },
    reset(key) {
      attempts.delete(key);
    },
  };
}
