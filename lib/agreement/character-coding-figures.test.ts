import { describe, expect, it } from "vitest";
import { characterCodingFigures } from "./character-coding-figures";
import { type CodingData, selectCoders } from "./coding-data";
import type { AgreementCoefficient } from "./coefficient";
import { cohensKappa } from "./cohen-kappa";
import { fleissKappa } from "./fleiss-kappa";
import { gwetsAc1 } from "./gwet-ac1";
import { mulberry32 } from "./mulberry32";
import { percentAgreement } from "./percent-agreement";
import type { UnitizedDocument } from "./unitizing-resampler";

const CODES = 2;
/** Every code reported and pooled: a codebook without parents. */
const everyCode = (coders: number) => ({ coders, codes: CODES, reported: CODES, pooled: Int32Array.from({ length: CODES }, (_, code) => code) });

function randomDocuments(seed: number, coders: number, count: number): UnitizedDocument[] {
  const random = mulberry32(seed);
  const between = (low: number, high: number) => low + Math.floor(random.next() * (high - low + 1));
  return Array.from({ length: count }, () => {
    const length = between(1, 30);
    const spans = Array.from({ length: coders * CODES }, () => {
      const result = [];
      let position = between(0, 5);
      while (random.next() < 0.6 && position < length) {
        const end = Math.min(length, position + between(1, 10));
        result.push({ start: position, end });
        position = end + between(0, 6);
      }
      return result;
    });
    return { length, spans };
  });
}

/** The coders × units matrix with one column per character (per code), or per (character, code) when pooled. */
function expanded(documents: readonly UnitizedDocument[], coders: number, codes: readonly number[]): CodingData {
  const columns: number[][] = [];
  for (const { length, spans } of documents) {
    for (let position = 0; position < length; position++) {
      for (const code of codes) {
        columns.push(
          Array.from({ length: coders }, (_, coder) =>
            spans[coder * CODES + code]!.some((span) => span.start <= position && position < span.end) ? 1 : 0,
          ),
        );
      }
    }
  }
  const cells = new Int32Array(coders * columns.length);
  columns.forEach((column, unit) => column.forEach((value, coder) => (cells[coder * columns.length + unit] = value)));
  return { coderCount: coders, unitCount: columns.length, columnCount: columns.length, cells, weights: null, domain: [0, 1], ordered: true };
}

function expectSameCoefficient(actual: AgreementCoefficient, expected: AgreementCoefficient) {
  expect(actual.value === null).toBe(expected.value === null);
  if (actual.value !== null && expected.value !== null) {
    expect(actual.value).toBeCloseTo(expected.value, 12);
    expect(actual.observed_agreement).toBeCloseTo(expected.observed_agreement, 12);
    expect(actual.expected_agreement).toBeCloseTo(expected.expected_agreement, 12);
  }
}

describe("characterCodingFigures", () => {
  it.each([
    [1, 3],
    [2, 3],
    [3, 2],
    [4, 4],
    [5, 3],
  ])("equals the coefficients of the per-character matrix (seed %i, %i coders)", (seed, coderCount) => {
    const documents = randomDocuments(seed, coderCount, 5);
    const coders = Array.from({ length: coderCount }, (_, index) => `coder ${index + 1}`);
    const result = characterCodingFigures(documents, coders, everyCode(coderCount));
    const cases = [
      ...Array.from({ length: CODES }, (_, code) => ({ figures: result.by_code[code]!, data: expanded(documents, coderCount, [code]) })),
      { figures: result.pooled, data: expanded(documents, coderCount, [0, 1]) },
    ];
    for (const { figures, data } of cases) {
      expect(figures.units).toBe(data.unitCount);
      expect(figures.coders).toBe(coderCount);
      expect(figures.percent_agreement).toBeCloseTo(percentAgreement(data)!, 12);
      expectSameCoefficient(figures.fleiss_kappa, fleissKappa(data));
      const ac1 = gwetsAc1(data, { categories: 2 });
      if (!ac1.ok) throw new Error(ac1.error);
      expectSameCoefficient(figures.gwet_ac1, ac1.value);
      let pair = 0;
      for (let a = 0; a < coderCount; a++) {
        for (let b = a + 1; b < coderCount; b++) {
          const kappa = cohensKappa(selectCoders(data, [a, b]));
          if (!kappa.ok) throw new Error(kappa.error);
          expect(figures.cohen_kappa_pairs[pair]).toMatchObject({ coder_a: coders[a], coder_b: coders[b] });
          expectSameCoefficient(figures.cohen_kappa_pairs[pair++]!.cohen_kappa, kappa.value);
        }
      }
      expect(figures.cohen_kappa_pairs).toHaveLength(pair);
    }
  });

  it("reports a code nobody applied, one coder and no characters as undefined, as the matrix functions do", () => {
    const documents = randomDocuments(9, 2, 3).map((document) => ({ ...document, spans: document.spans.map((group, index) => (index % CODES === 1 ? [] : group)) }));
    const unused = characterCodingFigures(documents, ["A", "B"], everyCode(2)).by_code[1]!;
    expect(unused.fleiss_kappa).toEqual(fleissKappa(expanded(documents, 2, [1])));
    expect(unused.fleiss_kappa.value).toBeNull();
    expect(unused.percent_agreement).toBe(1);

    const one = characterCodingFigures(randomDocuments(9, 1, 3), ["A"], everyCode(1)).pooled;
    expect(one).toMatchObject({ coders: 1, percent_agreement: null, cohen_kappa_pairs: [], fleiss_kappa: { value: null }, gwet_ac1: { value: null } });
    const none = characterCodingFigures([], ["A", "B"], everyCode(2)).pooled;
    expect(none).toMatchObject({ units: 0, percent_agreement: null, fleiss_kappa: { value: null }, gwet_ac1: { value: null } });
    expect(none.cohen_kappa_pairs[0]!.cohen_kappa.value).toBeNull();
  });
});
