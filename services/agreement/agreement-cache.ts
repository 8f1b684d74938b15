import type { Result } from "@/lib/agreement/result";

/** Reports kept: a few units × filters of a few projects; each is at most a few hundred kB of JSON. */
const CAPACITY = 48;

const entries = new Map<string, Promise<Result<unknown>>>();

/**
 * The result computed for `key`, or `compute()` run once for it: requests arriving while it runs share it, and a
 * failure is not kept. The key must name everything the result depends on (project, unit, settings, filter and the
 * data version of db/queries/agreement-data-version.ts), so a changed project simply misses. Least recently used
 * entries go first once CAPACITY are kept. Lives in the server process: the workers that compute are stateless.
 */
export function cachedResult<T>(key: string, compute: () => Promise<Result<T>>): Promise<Result<T>> {
  const known = entries.get(key);
  if (known) {
    entries.delete(key);
    entries.set(key, known);
    return known as Promise<Result<T>>;
  }
  const pending = compute().then(
    (result) => {
      if (!result.ok) entries.delete(key);
      return result;
    },
    (error: unknown) => {
      entries.delete(key);
      throw error;
    },
  );
  entries.set(key, pending);
  while (entries.size > CAPACITY) entries.delete(entries.keys().next().value!);
  return pending;
}
