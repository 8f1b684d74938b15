/**
 * Slows down password guessing: after `freeAttempts` failures within `windowMs` for one key (a login name or an
 * address), further attempts for that key are refused until the window since the last failure has passed. Kept in
 * memory: the app runs as one process, and a restart forgetting the count only restores the free attempts.
 */
export type ThrottleRule = { freeAttempts: number; windowMs: number };

export type LoginThrottle = {
  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfterMs: (key: string) => number;
  recordFailure: (key: string) => void;
  reset: (key: string) => void;
};

export function createLoginThrottle(rule: ThrottleRule, now: () => number = Date.now): LoginThrottle {
  const failures = new Map<string, number[]>();

  function recent(key: string): number[] {
    const since = now() - rule.windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  }

  return {
    retryAfterMs(key) {
      const times = recent(key);
      if (times.length < rule.freeAttempts) return 0;
      return times[times.length - 1]! + rule.windowMs - now();
    },
    recordFailure(key) {
      failures.set(key, [...recent(key), now()]);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
