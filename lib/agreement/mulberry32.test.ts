import { describe, expect, it } from "vitest";
import { mulberry32 } from "./mulberry32";

describe("mulberry32", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const first = mulberry32(42);
    const again = mulberry32(42);
    const other = mulberry32(43);
    const a = Array.from({ length: 5 }, () => first.next());
    expect(Array.from({ length: 5 }, () => again.next())).toEqual(a);
    expect(Array.from({ length: 5 }, () => other.next())).not.toEqual(a);
  });

  it("draws the same numbers one at a time as in a batch", () => {
    const single = mulberry32(7);
    const batch = mulberry32(7);
    const indices = new Int32Array(1000);
    batch.fillIndices(indices, 37);
    expect([...indices]).toEqual(Array.from({ length: 1000 }, () => Math.floor(single.next() * 37)));
  });

  it("spreads draws evenly over [0, 1): each tenth gets 10% ± 1% of 100,000 draws", () => {
    const random = mulberry32(1);
    const tenths = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      tenths[Math.floor(value * 10)]!++;
    }
    for (const count of tenths) expect(Math.abs(count - 10_000)).toBeLessThan(1000);
  });
});
