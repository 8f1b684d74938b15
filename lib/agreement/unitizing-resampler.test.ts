import { describe, expect, it } from "vitest";
import { unitizingAlphaWithIntervals } from "./bootstrap-unitizing-alpha";
import { mulberry32 } from "./mulberry32";
import type { UnitizedSpan } from "./unitized-data";
import { unitizingAlpha } from "./unitizing-alpha";
import { resampleUnitizingDisagreements, type UnitizedDocument } from "./unitizing-resampler";

const CODERS = ["A", "B", "C"];
const CODES = 3;

/** Small documents with disjoint, sorted spans per coder and code; some coders leave a code out of a document. */
function randomDocuments(seed: number, count: number): UnitizedDocument[] {
  const random = mulberry32(seed);
  const between = (low: number, high: number) => low + Math.floor(random.next() * (high - low + 1));
  return Array.from({ length: count }, () => {
    const length = between(1, 40);
    const spans = Array.from({ length: CODERS.length * CODES }, () => {
      const result = [];
      let position = between(0, 6);
      while (random.next() < 0.6 && position < length) {
        const end = Math.min(length, position + between(1, 12));
        result.push({ start: position, end });
        // A following span may touch this one (a separate unit) or leave a gap.
        position = end + between(0, 8);
      }
      return result;
    });
    return { length, spans };
  });
}

/** The reference: the drawn documents laid end to end as one continuum, through the existing unitizing alpha. */
function laidEndToEnd(documents: readonly UnitizedDocument[], draws: Int32Array) {
  const spans: UnitizedSpan[] = [];
  let offset = 0;
  for (const d of draws) {
    documents[d]!.spans.forEach((group, index) => {
      const coder = CODERS[Math.floor(index / CODES)]!;
      for (const { start, end } of group) {
        spans.push({ coder, category: String(index % CODES), start: offset + start, length: end - start });
      }
    });
    offset += documents[d]!.length;
  }
  const alpha = unitizingAlpha({ continuum: { begin: 0, length: offset }, coders: CODERS, spans });
  if (!alpha.ok) throw new Error(alpha.error);
  return alpha.value;
}

/** D_o and D_e of every resample, per code: [code][resample]. */
function resampleAll(documents: readonly UnitizedDocument[], shape: { coders: number; codes: number }, resamples: readonly Int32Array[]) {
  const observed: number[][] = [];
  const expected: number[][] = [];
  resampleUnitizingDisagreements(documents, shape, resamples, (code, codeObserved, codeExpected) => {
    observed[code] = [...codeObserved];
    expected[code] = [...codeExpected];
  });
  return { observed, expected };
}

describe("resampleUnitizingDisagreements", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("gives the D_o and D_e of the resample laid end to end (seed %i)", (seed) => {
    const documents = randomDocuments(seed, 6);
    const random = mulberry32(seed * 101);
    const resamples = Array.from({ length: 20 }, () => {
      const draws = new Int32Array(documents.length);
      random.fillIndices(draws, documents.length);
      return draws;
    });
    const fast = resampleAll(documents, { coders: CODERS.length, codes: CODES }, resamples);
    resamples.forEach((draws, sample) => {
      const reference = laidEndToEnd(documents, draws);
      let observedSum = 0;
      let expectedSum = 0;
      for (let code = 0; code < CODES; code++) {
        const expected = reference.by_category[String(code)];
        // A code nobody used in this resample is absent from the reference; here it adds 0 to both sums.
        expect(fast.observed[code]![sample]).toBeCloseTo(expected?.observed_disagreement ?? 0, 12);
        expect(fast.expected[code]![sample]).toBeCloseTo(expected?.expected_disagreement ?? 0, 12);
        observedSum += fast.observed[code]![sample]!;
        expectedSum += fast.expected[code]![sample]!;
      }
      expect(observedSum).toBeCloseTo(reference.overall.observed_disagreement ?? 0, 12);
      expect(expectedSum).toBeCloseTo(reference.overall.expected_disagreement ?? 0, 12);
    });
  });

  it("joins a gap running over a document in which a coder marked nothing, as the laid-out continuum does", () => {
    // Coder A's unit ends 2 before document 0 ends; A marks nothing in document 1; B and C mark in both.
    const documents: UnitizedDocument[] = [
      { length: 10, spans: [[{ start: 0, end: 8 }], [{ start: 1, end: 8 }], [{ start: 0, end: 9 }]] },
      { length: 6, spans: [[], [{ start: 2, end: 5 }], [{ start: 2, end: 6 }]] },
    ];
    for (const order of [[0, 1], [1, 0], [1, 1], [0, 1, 0, 1]]) {
      const draws = Int32Array.from(order);
      const reference = laidEndToEndOneCode(documents, draws);
      expect(resampleAll(documents, { coders: 3, codes: 1 }, [draws]).expected[0]![0]).toBeCloseTo(reference, 12);
    }
  });
});

function laidEndToEndOneCode(documents: readonly UnitizedDocument[], draws: Int32Array): number {
  const spans: UnitizedSpan[] = [];
  let offset = 0;
  for (const d of draws) {
    documents[d]!.spans.forEach((group, coder) => {
      for (const { start, end } of group) spans.push({ coder: CODERS[coder]!, category: "c", start: offset + start, length: end - start });
    });
    offset += documents[d]!.length;
  }
  const alpha = unitizingAlpha({ continuum: { begin: 0, length: offset }, coders: CODERS, spans });
  if (!alpha.ok) throw new Error(alpha.error);
  return alpha.value.by_category.c!.expected_disagreement!;
}

describe("unitizingAlphaWithIntervals", () => {
  const documents = randomDocuments(42, 12);
  const pooled = Int32Array.from({ length: CODES }, (_, code) => code);
  const shape = { coders: CODERS.length, codes: CODES, reported: CODES, pooled };

  it("gives unitizing alpha of the documents laid end to end in their order, per code and over all codes", () => {
    const result = unitizingAlphaWithIntervals(documents, shape, { samples: 0, seed: 1 });
    const reference = laidEndToEnd(documents, Int32Array.from(documents.keys()));
    for (let code = 0; code < CODES; code++) {
      const expected = reference.by_category[String(code)]!;
      expect(result.by_code[code]!.value).toBeCloseTo(expected.value!, 12);
      expect(result.by_code[code]!.observed_disagreement).toBeCloseTo(expected.observed_disagreement!, 12);
      expect(result.by_code[code]!.expected_disagreement).toBeCloseTo(expected.expected_disagreement!, 12);
    }
    expect(result.overall.value).toBeCloseTo(reference.overall.value!, 12);
    expect(result.overall.bootstrap).toBeNull();
  });

  it("gives the percentile interval of alpha recomputed on documents drawn from the same seed", () => {
    const samples = 200;
    const result = unitizingAlphaWithIntervals(documents, shape, { samples, seed: 7 });
    const random = mulberry32(7);
    const draws = new Int32Array(documents.length);
    const overall: number[] = [];
    const firstCode: number[] = [];
    for (let sample = 0; sample < samples; sample++) {
      random.fillIndices(draws, documents.length);
      const alpha = laidEndToEnd(documents, draws);
      overall.push(alpha.overall.value!);
      const code = alpha.by_category["0"]?.value;
      if (code !== undefined && code !== null) firstCode.push(code);
    }
    const percentiles = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { lower: sorted[Math.floor(sorted.length * 0.025)]!, upper: sorted[Math.ceil(sorted.length * 0.975) - 1]! };
    };
    const overallInterval = result.overall.bootstrap!;
    const codeInterval = result.by_code[0]!.bootstrap!;
    expect(overallInterval.lower).toBeCloseTo(percentiles(overall).lower, 12);
    expect(overallInterval.upper).toBeCloseTo(percentiles(overall).upper, 12);
    expect(codeInterval.lower).toBeCloseTo(percentiles(firstCode).lower, 12);
    expect(codeInterval.upper).toBeCloseTo(percentiles(firstCode).upper, 12);
    expect(codeInterval.undefined_samples).toBe(samples - firstCode.length);
    expect(overallInterval).toMatchObject({ samples, seed: 7, confidence_level: 0.95, undefined_samples: 0 });
  });

  it("comes out the same for the same seed and differently for another", () => {
    const first = unitizingAlphaWithIntervals(documents, shape, { samples: 100, seed: 3 });
    expect(unitizingAlphaWithIntervals(documents, shape, { samples: 100, seed: 3 })).toEqual(first);
    expect(unitizingAlphaWithIntervals(documents, shape, { samples: 100, seed: 4 }).overall).not.toEqual(first.overall);
  });

  it("says why alpha is undefined for one coder, no documents or a code nobody applied, with no interval", () => {
    const undefinedFor = (reason: string) => ({ value: null, reason, bootstrap: null });
    const oneCoder = unitizingAlphaWithIntervals(documents, { ...shape, coders: 1 }, { samples: 10, seed: 1 });
    expect(oneCoder.overall).toMatchObject(undefinedFor("unitizing alpha needs at least two coders"));
    expect(oneCoder.by_code[0]).toMatchObject(undefinedFor("unitizing alpha needs at least two coders"));
    expect(unitizingAlphaWithIntervals([], shape, { samples: 10, seed: 1 }).overall).toMatchObject(undefinedFor("the continuum is empty"));
    const unused = documents.map((document) => ({ ...document, spans: document.spans.map((group, index) => (index % CODES === 2 ? [] : group)) }));
    expect(unitizingAlphaWithIntervals(unused, shape, { samples: 10, seed: 1 }).by_code[2]).toMatchObject(undefinedFor("no coder applied this code"));
    const blank = documents.map((document) => ({ ...document, spans: document.spans.map(() => []) }));
    expect(unitizingAlphaWithIntervals(blank, shape, { samples: 10, seed: 1 }).overall).toMatchObject(undefinedFor("no coder marked any unit"));
  });
});
