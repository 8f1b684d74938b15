import { describe, expect, it } from "vitest";
import { mulberry32 } from "./mulberry32";
import { naiveUnitizingDisagreements } from "./naive-unitizing-alpha";
import { expectNear } from "./published-reliability-data";
import type { UnitizedData, UnitizedSpan } from "./unitized-data";
import { pairwiseUnitizingAlpha, unitizingAlpha } from "./unitizing-alpha";

function alpha(data: UnitizedData) {
  const result = unitizingAlpha(data);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const span = (coder: string, category: string, start: number, length: number): UnitizedSpan => ({
  coder,
  category,
  start,
  length,
});

/** Krippendorff (2004), Content Analysis 2nd ed., p. 254, as DKPro Statistics' unitizing Krippendorff2004Test
 * transcribes it: two observers, continuum [150, 450), categories c and k. */
const KRIPPENDORFF_2004: UnitizedData = {
  continuum: { begin: 150, length: 300 },
  coders: ["i", "j"],
  spans: [
    span("i", "c", 225, 70), span("i", "c", 370, 30),
    span("j", "c", 220, 80), span("j", "c", 355, 20), span("j", "c", 400, 20),
    span("i", "k", 180, 60), span("i", "k", 300, 50),
    span("j", "k", 180, 60), span("j", "k", 300, 50),
  ],
};

/** Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57: four pairs of observers (A–D) on
 * a continuum of 24, as DKPro Statistics' Krippendorff1995Test transcribes it, every length multiplied by `stretch`.
 * B and D hold units that touch end to end. */
function krippendorff1995(stretch: number): UnitizedData {
  const units: [number, number, string, string][] = [
    [2, 8, "0", "A"], [14, 6, "0", "A"], [4, 4, "1", "A"], [15, 2, "1", "A"],
    [0, 18, "0", "B"], [0, 2, "1", "B"], [2, 1, "1", "B"], [3, 1, "1", "B"], [4, 1, "1", "B"], [5, 1, "1", "B"],
    [6, 3, "1", "B"], [9, 1, "1", "B"],
    [2, 6, "0", "C"], [10, 2, "0", "C"], [14, 4, "0", "C"], [20, 2, "0", "C"],
    [0, 2, "1", "C"], [4, 4, "1", "C"], [10, 4, "1", "C"], [16, 2, "1", "C"], [20, 2, "1", "C"],
    [0, 2, "0", "D"], [2, 8, "0", "D"], [10, 4, "0", "D"], [14, 6, "0", "D"], [20, 4, "0", "D"],
    [0, 4, "1", "D"], [4, 4, "1", "D"], [8, 7, "1", "D"], [15, 2, "1", "D"], [17, 7, "1", "D"],
  ];
  return {
    continuum: { begin: 0, length: 24 * stretch },
    coders: ["0", "1"],
    spans: units.map(([start, length, coder, category]) => span(coder, category, start * stretch, length * stretch)),
  };
}

describe("unitizingAlpha on Krippendorff's published examples", () => {
  // Krippendorff (2004), p. 254, with DKPro Statistics' tolerances: D_o(c) .0144, D_e(c) .0532, α_c .7286 (1e-4);
  // α_k = 1 with D_e(k) .0490. The published overall .8591 is 1 − .0144 / (.0532 + .0490) from those rounded
  // figures, so it gets DKPro's looser 0.0005.
  it("gives α_c = 0.7286, α_k = 1 and 0.8591 over both categories", () => {
    const result = alpha(KRIPPENDORFF_2004);
    const c = result.by_category.c!;
    expectNear(c.observed_disagreement, 0.0144, 1e-4);
    expectNear(c.expected_disagreement, 0.0532, 1e-4);
    expectNear(c.value, 0.7286, 1e-4);
    const k = result.by_category.k!;
    expect(k.observed_disagreement).toBe(0);
    expectNear(k.expected_disagreement, 0.049, 1e-4);
    expect(k.value).toBe(1);
    expectNear(result.overall.value, 0.8591, 0.0005);
  });

  it("reports the overall disagreements as sums over categories, not a mean of alphas", () => {
    const { overall, by_category } = alpha(KRIPPENDORFF_2004);
    const categories = Object.values(by_category);
    expect(overall.observed_disagreement).toBeCloseTo(
      categories.reduce((sum, c) => sum + c.observed_disagreement!, 0),
      15,
    );
    expect(overall.expected_disagreement).toBeCloseTo(
      categories.reduce((sum, c) => sum + c.expected_disagreement!, 0),
      15,
    );
  });

  // Krippendorff (2004), p. 254, the distances DKPro Statistics checks: 50 for [225, 295) against [220, 300),
  // 850 for [370, 400) against [355, 375), 400 for a unit of 20 inside the other coder's gap.
  // With two coders D_o = 2 Σδ² / (2 L²), so Σδ² = D_o · L².
  it("measures Krippendorff's three example distances", () => {
    const pair = (a: UnitizedSpan, b: UnitizedSpan) =>
      alpha({ continuum: { begin: 150, length: 300 }, coders: ["i", "j"], spans: [a, b] }).overall
        .observed_disagreement! * 300 ** 2;
    expect(pair(span("i", "c", 225, 70), span("j", "c", 220, 80))).toBeCloseTo(50, 9);
    expect(pair(span("i", "c", 370, 30), span("j", "c", 355, 20))).toBeCloseTo(850, 9);
    expect(pair(span("i", "c", 150, 10), span("j", "c", 400, 20))).toBeCloseTo(100 + 400, 9);
  });

  // Krippendorff (1995), p. 57, via DKPro Statistics' Krippendorff1995Test: observed disagreements A .03125,
  // B 2.26736, C .02777, D .38715 (tolerance 1e-5), the same at any stretch.
  it("gives the 1995 example's observed disagreements", () => {
    for (const stretch of [1, 1000]) {
      const byCategory = alpha(krippendorff1995(stretch)).by_category;
      expectNear(byCategory.A!.observed_disagreement, 0.03125, 1e-5);
      expectNear(byCategory.B!.observed_disagreement, 2.26736, 1e-5);
      expectNear(byCategory.C!.observed_disagreement, 0.02777, 1e-5);
      expectNear(byCategory.D!.observed_disagreement, 0.38715, 1e-5);
    }
  });

  // Krippendorff (1995) published α = .553, −.926, .679 and .066 from a slightly different D_e (DKPro notes a sign
  // slip in the original); DKPro reproduces them on a 50,000-fold stretched continuum, where the discrete formula
  // approaches the paper's continuous lengths, with a tolerance of 0.02. So do we.
  it("approaches the 1995 example's published alphas on a stretched continuum", () => {
    const byCategory = alpha(krippendorff1995(50_000)).by_category;
    expectNear(byCategory.A!.value, 0.553, 0.02);
    expectNear(byCategory.B!.value, -0.926, 0.02);
    expectNear(byCategory.C!.value, 0.679, 0.02);
    expectNear(byCategory.D!.value, 0.066, 0.02);
  });
});

describe("unitizingAlpha against the literal quadratic formulas", () => {
  it("gives the same D_o and D_e as naiveUnitizingDisagreements on 300 random small inputs", () => {
    const random = mulberry32(12345);
    const between = (low: number, high: number) => low + Math.floor(random.next() * (high - low + 1));
    for (let trial = 0; trial < 300; trial++) {
      const data = randomUnitizedData(between);
      const fast = alpha(data).by_category;
      const naive = naiveUnitizingDisagreements(data);
      expect(Object.keys(fast).sort()).toEqual([...naive.keys()].sort());
      for (const [category, { observed, expected }] of naive) {
        expect(fast[category]!.observed_disagreement).toBeCloseTo(observed, 12);
        expect(fast[category]!.expected_disagreement).toBeCloseTo(expected, 12);
      }
    }
  });
});

describe("pairwiseUnitizingAlpha", () => {
  it("gives each pair the overall alpha of their spans alone, on 200 random small inputs", () => {
    const random = mulberry32(777);
    const between = (low: number, high: number) => low + Math.floor(random.next() * (high - low + 1));
    for (let trial = 0; trial < 200; trial++) {
      const data = randomUnitizedData(between);
      const pairs = pairwiseUnitizingAlpha(data);
      if (!pairs.ok) throw new Error(pairs.error);
      const expected = data.coders.flatMap((a, index) => data.coders.slice(index + 1).map((b) => [a, b] as const));
      expect(pairs.value.map((pair) => [pair.coder_a, pair.coder_b])).toEqual(expected);
      for (const pair of pairs.value) {
        const alone = alpha({ ...data, coders: [pair.coder_a, pair.coder_b], spans: data.spans.filter((unit) => unit.coder === pair.coder_a || unit.coder === pair.coder_b) });
        // A pair that marked nothing is undefined either way, for a reason worded differently.
        if (alone.overall.value === null) expect(pair.krippendorff_alpha_unitizing.value).toBeNull();
        else expectNear(pair.krippendorff_alpha_unitizing.value, alone.overall.value, 1e-12);
      }
    }
  });

  it("is undefined with a reason for every pair on an empty continuum", () => {
    const pairs = pairwiseUnitizingAlpha({ continuum: { begin: 0, length: 0 }, coders: ["a", "b", "c"], spans: [] });
    expect(pairs.ok && pairs.value.map((pair) => pair.krippendorff_alpha_unitizing)).toEqual(
      Array.from({ length: 3 }, () => ({ value: null, observed_disagreement: null, expected_disagreement: null, reason: "the continuum is empty" })),
    );
  });
});

/** 2–4 coders, 1–3 categories, a continuum of 1–60 positions starting anywhere, units that may touch. */
function randomUnitizedData(between: (low: number, high: number) => number): UnitizedData {
  const begin = between(-20, 20);
  const length = between(1, 60);
  const coders = Array.from({ length: between(2, 4) }, (_, index) => `coder ${index}`);
  const categories = ["x", "y", "z"].slice(0, between(1, 3));
  const spans: UnitizedSpan[] = [];
  for (const coder of coders) {
    for (const category of categories) {
      let position = begin + between(0, 5);
      while (position < begin + length && between(0, 4) > 0) {
        const unitLength = between(1, Math.min(15, begin + length - position));
        spans.push(span(coder, category, position, unitLength));
        position += unitLength + between(0, 8);
      }
    }
  }
  return { continuum: { begin, length }, coders, spans };
}

describe("unitizingAlpha on degenerate data", () => {
  const twoCoders = { continuum: { begin: 0, length: 100 }, coders: ["a", "b"] };

  it("keeps touching spans of one coder as two units", () => {
    const touching = alpha({
      ...twoCoders,
      spans: [span("a", "c", 10, 5), span("a", "c", 15, 5), span("b", "c", 10, 10)],
    });
    const joined = alpha({ ...twoCoders, spans: [span("a", "c", 10, 10), span("b", "c", 10, 10)] });
    expect(joined.overall.value).toBe(1);
    // (10 − 10)² + (15 − 20)² and (15 − 10)² + (20 − 20)², twice for both orders,
    // over m(m − 1)L² = 2 · 100².
    expect(touching.overall.observed_disagreement).toBeCloseTo((2 * 50) / (2 * 100 ** 2), 15);
  });

  it("counts a listed coder who marked nothing as all gap", () => {
    const spans = [span("a", "c", 10, 10), span("b", "c", 10, 10)];
    const third = alpha({ ...twoCoders, coders: ["a", "b", "silent"], spans });
    expect(alpha({ ...twoCoders, spans }).overall.value).toBe(1);
    expect(third.overall.value).toBeLessThan(1);
  });

  it("is undefined with a reason for one coder", () => {
    const result = alpha({ continuum: { begin: 0, length: 10 }, coders: ["a"], spans: [span("a", "c", 0, 5)] });
    expect(result.overall).toMatchObject({ value: null, reason: "unitizing alpha needs at least two coders" });
    expect(result.by_category.c).toMatchObject({ value: null, observed_disagreement: null });
  });

  it("is undefined with a reason for an empty continuum or no units", () => {
    expect(alpha({ continuum: { begin: 5, length: 0 }, coders: ["a", "b"], spans: [] }).overall).toMatchObject({
      value: null,
      reason: "the continuum is empty",
    });
    expect(alpha({ ...twoCoders, spans: [] })).toEqual({
      overall: {
        value: null,
        observed_disagreement: null,
        expected_disagreement: null,
        reason: "no coder marked any unit",
      },
      by_category: {},
    });
  });

  it("is undefined when D_e = 0: every position a unit of length 1 for every coder", () => {
    const spans = ["a", "b"].flatMap((coder) => [0, 1, 2].map((start) => span(coder, "c", start, 1)));
    const result = alpha({ continuum: { begin: 0, length: 3 }, coders: ["a", "b"], spans });
    expect(result.overall).toMatchObject({ value: null, observed_disagreement: 0, expected_disagreement: 0 });
  });

  it("is 1 when every coder marks the whole continuum as one unit", () => {
    const spans = [span("a", "c", 0, 50), span("b", "c", 0, 50)];
    expect(alpha({ continuum: { begin: 0, length: 50 }, coders: ["a", "b"], spans }).overall.value).toBe(1);
  });

  it("fails on invalid data", () => {
    const result = unitizingAlpha({ ...twoCoders, spans: [span("a", "c", 95, 10)] });
    expect(result.ok).toBe(false);
  });
});
