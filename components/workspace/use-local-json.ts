"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab of the same coder writes the same key: follow it.
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/**
 * A value kept in this browser's localStorage under `key`, checked by `parse` when read (a stored value from an older
 * version or another hand, which `parse` answers with null, falls back to `fallback`, which must be a stable constant). The server and the first
 * render see `fallback`, so hydration matches; the stored value follows at once.
 */
export function useLocalJson<T>(key: string, parse: (value: unknown) => T | null, fallback: T): [T, (next: T) => void] {
  const raw = useSyncExternalStore(subscribe, () => localStorage.getItem(key), () => null);
  const value = useMemo(() => {
    if (raw === null) return fallback;
    try {
      return parse(JSON.parse(raw)) ?? fallback;
    } catch {
      return fallback;
    }
  }, [raw, parse, fallback]);
  const set = useCallback(
    (next: T) => {
      localStorage.setItem(key, JSON.stringify(next));
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [value, set];
}
