import { describe, expect, it } from "vitest";
import { cachedResult } from "./agreement-cache";

describe("cachedResult", () => {
  it("computes once for a key and hands the same result to later and concurrent callers", async () => {
    let runs = 0;
    const compute = async () => ({ ok: true as const, value: ++runs });
    const [first, second] = await Promise.all([cachedResult("same", compute), cachedResult("same", compute)]);
    expect(await cachedResult("same", compute)).toEqual({ ok: true, value: 1 });
    expect([first, second, runs]).toEqual([{ ok: true, value: 1 }, { ok: true, value: 1 }, 1]);
    expect(await cachedResult("another", compute)).toEqual({ ok: true, value: 2 });
  });

  it("keeps no failure, so the next request tries again", async () => {
    let runs = 0;
    const compute = async () => (++runs === 1 ? { ok: false as const, error: "worker stopped" } : { ok: true as const, value: runs });
    expect(await cachedResult("flaky", compute)).toEqual({ ok: false, error: "worker stopped" });
    expect(await cachedResult("flaky", compute)).toEqual({ ok: true, value: 2 });
  });

  it("forgets the least recently used key once full", async () => {
    let runs = 0;
    const compute = async () => ({ ok: true as const, value: ++runs });
    await cachedResult("oldest", compute);
    for (let key = 0; key < 60; key++) await cachedResult(`filler ${key}`, compute);
    const before = runs;
    await cachedResult("oldest", compute);
    expect(runs).toBe(before + 1);
  });
});
