/** Runs `work` once and returns its result with the milliseconds it took. */
export async function timeIt<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}
