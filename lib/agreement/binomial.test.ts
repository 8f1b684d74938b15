import { describe, expect, it } from "vitest";
import { drawBinomial, drawMultinomial, logFactorial } from "./binomial";
import { mulberry32 } from "./mulberry32";

const uniformFrom = (seed: number) => {
  const random = mulberry32(seed);
  return () => random.next();
};

function binomialProbability(n: number, p: number, k: number): number {
  return Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** Pearson's chi-square of `draws` draws against the exact probabilities, bins with under 5 expected pooled. */
function chiSquare(n: number, p: number, draws: number, seed: number): { statistic: number; bins: number } {
  const uniform = uniformFrom(seed);
  const observed = new Float64Array(n + 1);
  for (let i = 0; i < draws; i++) observed[drawBinomial(uniform, n, p)]!++;
  let statistic = 0;
  let bins = 0;
  let pooledObserved = 0;
  let pooledExpected = 0;
  for (let k = 0; k <= n; k++) {
    pooledObserved += observed[k]!;
    pooledExpected += draws * binomialProbability(n, p, k);
    if (pooledExpected >= 5 || k === n) {
      statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
      bins++;
      pooledObserved = 0;
      pooledExpected = 0;
    }
  }
  return { statistic, bins };
}

describe("logFactorial", () => {
  it("agrees with the sum of logarithms on both sides of its table", () => {
    let sum = 0;
    for (let k = 2; k <= 3000; k++) {
      sum += Math.log(k);
      expect(Math.abs(logFactorial(k) - sum) / sum).toBeLessThan(1e-12);
    }
  });
});

describe("drawBinomial", () => {
  // Both methods (inversion below n·p = 10, BTRS above) and p on both sides of 1/2. The 0.999 quantile of chi-square
  // with d degrees of freedom is below d + 5·sqrt(2d) + 10 for the d here, so a correct sampler passes these seeds
  // while a sampler off by one in its mode, or with a wrong squeeze, fails by far.
  it.each([
    [10, 0.3],
    [40, 0.1],
    [25, 0.7],
    [200, 0.05],
    [60, 0.4],
    [1000, 0.5],
    [5000, 0.03],
    [100_000, 0.2],
    [300, 0.93],
  ])("draws Binomial(%i, %d) with the exact probabilities (chi-square)", (n, p) => {
    const { statistic, bins } = chiSquare(n, p, 50_000, n + Math.round(p * 1000));
    const freedom = bins - 1;
    expect(statistic).toBeLessThan(freedom + 5 * Math.sqrt(2 * freedom) + 10);
  });

  it("has mean n·p and variance n·p·(1 − p) for a large n", () => {
    const uniform = uniformFrom(3);
    const n = 1_000_000;
    const p = 0.37;
    const draws = Array.from({ length: 20_000 }, () => drawBinomial(uniform, n, p));
    const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length;
    const variance = draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (draws.length - 1);
    // Standard error of the mean is sqrt(n p q / 20000) ≈ 3.4; of the variance about 1% of it.
    expect(Math.abs(mean - n * p)).toBeLessThan(20);
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.95);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.05);
  });

  it("returns the bounds for p of 0 and 1 and for no trials", () => {
    const uniform = uniformFrom(1);
    expect(drawBinomial(uniform, 10, 0)).toBe(0);
    expect(drawBinomial(uniform, 10, 1)).toBe(10);
    expect(drawBinomial(uniform, 0, 0.5)).toBe(0);
  });
});

describe("drawMultinomial", () => {
  it("hands out every draw, each group about its share", () => {
    const uniform = uniformFrom(7);
    const counts = [500, 300, 150, 50];
    const out = new Float64Array(counts.length);
    const totals = new Float64Array(counts.length);
    for (let i = 0; i < 2000; i++) {
      drawMultinomial(uniform, 1000, counts, out);
      expect(out.reduce((sum, x) => sum + x, 0)).toBe(1000);
      out.forEach((x, group) => (totals[group]! += x));
    }
    // Each group's mean share over 2,000 draws is within 0.005 of counts / 1000 (over 10 standard errors).
    totals.forEach((total, group) => expect(Math.abs(total / 2_000_000 - counts[group]! / 1000)).toBeLessThan(0.005));
  });

  it("never draws from a group without members", () => {
    const uniform = uniformFrom(9);
    const out = new Float64Array(3);
    for (let i = 0; i < 200; i++) {
      drawMultinomial(uniform, 50, [10, 0, 5], out);
      expect(out[1]).toBe(0);
    }
  });
});
