import { describe, expect, it } from "vitest";
import type { CodingMatrix } from "./coding-data";
import { cohensKappa } from "./cohen-kappa";
import { type CorpusAgreementInput, computeCorpusAgreement } from "./corpus-agreement";
import { fleissKappa } from "./fleiss-kappa";
import { gwetsAc1 } from "./gwet-ac1";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { percentAgreement } from "./percent-agreement";
import { encode } from "./published-reliability-data";
import { unitizingAlpha } from "./unitizing-alpha";

// Sentences of document 1: [0, 16) "We left in 2015.", [17, 35) "The camp was cold.", [36, 53) "My mother stayed.".
// Document 2 opens with an emoji, one code point but two UTF-16 units: [0, 16) "😔 We walked far.",
// [17, 35) "قال: تركت التنظيم.".
const corpus: Omit<CorpusAgreementInput, "unit"> = {
  documents: [
    { id: 1, text: "We left in 2015. The camp was cold. My mother stayed." },
    { id: 2, text: "😔 We walked far. قال: تركت التنظيم." },
  ],
  coders: ["A", "B", "C"],
  codes: [
    { id: 10, name: "loss" },
    { id: 20, name: "journey" },
  ],
  annotations: [
    { documentId: 1, coder: "A", codeId: 10, start: 0, end: 16 },
    { documentId: 1, coder: "A", codeId: 10, start: 36, end: 44 }, // 8 of 17 code points: below half
    { documentId: 2, coder: "A", codeId: 20, start: 0, end: 16 },
    { documentId: 1, coder: "B", codeId: 10, start: 3, end: 16 },
    { documentId: 1, coder: "B", codeId: 10, start: 36, end: 45 }, // 9 of 17: above half
    { documentId: 2, coder: "B", codeId: 20, start: 2, end: 10 }, // 8 of 16: exactly half
    { documentId: 2, coder: "B", codeId: 20, start: 17, end: 35 },
    { documentId: 1, coder: "C", codeId: 10, start: 0, end: 10 },
    { documentId: 1, coder: "C", codeId: 10, start: 5, end: 14 }, // overlaps the one before: merged into [0, 14)
    { documentId: 2, coder: "C", codeId: 10, start: 17, end: 35 },
  ],
};

// Who applied which code to the five sentences, read off the annotations above at a coverage of 0.5.
const SENTENCES_LOSS: CodingMatrix = [
  [1, 0, 0, 0, 0],
  [1, 0, 1, 0, 0],
  [1, 0, 0, 0, 1],
];
const SENTENCES_JOURNEY: CodingMatrix = [
  [0, 0, 0, 1, 0],
  [0, 0, 0, 1, 1],
  [0, 0, 0, 0, 0],
];

function agreement(input: Partial<CorpusAgreementInput> & Pick<CorpusAgreementInput, "unit">) {
  const result = computeCorpusAgreement({ ...corpus, ...input });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function coded(input: Partial<CorpusAgreementInput> & Pick<CorpusAgreementInput, "unit">) {
  const result = agreement(input);
  if (result.unit === "character") throw new Error("expected coded units");
  return result;
}

/** Every number of `value` as a matcher to 12 digits: the report sums the same terms in another order. */
function approximately(value: unknown): unknown {
  if (typeof value === "number") return expect.closeTo(value, 12);
  if (Array.isArray(value)) return value.map(approximately);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, approximately(entry)]));
  return value;
}

/** What the report should say for a 0/1 matrix, from the coefficient functions themselves. */
function expectedFor(matrix: CodingMatrix) {
  return approximately(exactlyFor(matrix)) as Record<string, unknown>;
}

function exactlyFor(matrix: CodingMatrix) {
  const data = encode(matrix, [0, 1]);
  const alpha = krippendorffAlpha(data, { level: "nominal" });
  const ac1 = gwetsAc1(data, { categories: 2 });
  if (!alpha.ok || !ac1.ok) throw new Error("coefficients failed");
  const pair = (a: number, b: number) => {
    const kappa = cohensKappa(encode([matrix[a]!, matrix[b]!], [0, 1]));
    if (!kappa.ok) throw new Error(kappa.error);
    return kappa.value;
  };
  return {
    units: matrix[0]!.length,
    // Columns in which some coder wrote 1.
    applied_units: matrix[0]!.filter((_, unit) => matrix.some((row) => row[unit] === 1)).length,
    coders: 3,
    percent_agreement: percentAgreement(data),
    krippendorff_alpha: { ...alpha.value, bootstrap: null },
    cohen_kappa_pairs: [
      { coder_a: "A", coder_b: "B", cohen_kappa: pair(0, 1) },
      { coder_a: "A", coder_b: "C", cohen_kappa: pair(0, 2) },
      { coder_a: "B", coder_b: "C", cohen_kappa: pair(1, 2) },
    ],
    fleiss_kappa: fleissKappa(data),
    gwet_ac1: ac1.value,
  };
}

describe("computeCorpusAgreement on sentences", () => {
  it("counts a code as applied to a sentence when a coder's spans cover at least half of it", () => {
    const result = coded({ unit: "sentence", bootstrapSamples: 0 });
    expect(result).toMatchObject({ unit: "sentence", min_coverage: 0.5, documents: 2, units: 5, coders: 3 });
    expect(result.coder_names).toEqual(["A", "B", "C"]);
    expect(result.by_code).toEqual([
      { code_id: 10, code_name: "loss", ...expectedFor(SENTENCES_LOSS) },
      { code_id: 20, code_name: "journey", ...expectedFor(SENTENCES_JOURNEY) },
    ]);
  });

  it("pools by taking every (sentence, code) pair as a unit", () => {
    const pooled = SENTENCES_LOSS.map((row, coder) =>
      row.flatMap((value, unit) => [value, SENTENCES_JOURNEY[coder]![unit]!]),
    );
    expect(coded({ unit: "sentence", bootstrapSamples: 0 }).pooled).toEqual(expectedFor(pooled));
  });

  it("uses the coverage threshold it is given", () => {
    // At 0.6, B's half-covered first sentence of document 2 no longer counts as journey.
    const journey = coded({ unit: "sentence", minCoverage: 0.6, bootstrapSamples: 0 }).by_code[1]!;
    expect(journey).toMatchObject(expectedFor([[0, 0, 0, 1, 0], [0, 0, 0, 0, 1], [0, 0, 0, 0, 0]]));
  });

  it("adds a bootstrap interval that the seed reproduces", () => {
    const first = coded({ unit: "sentence", seed: 3 });
    expect(first.pooled.krippendorff_alpha.bootstrap).toMatchObject({ samples: 1000, seed: 3, confidence_level: 0.95 });
    expect(coded({ unit: "sentence", seed: 3 })).toEqual(first);
  });
});

describe("computeCorpusAgreement on documents and paragraphs", () => {
  it("counts a code as applied to a document when the coder used it anywhere in it", () => {
    const result = coded({ unit: "document", bootstrapSamples: 0 });
    expect(result).toMatchObject({ unit: "document", min_coverage: null, units: 2 });
    expect(result.by_code[0]).toMatchObject(expectedFor([[1, 0], [1, 0], [1, 1]]));
    expect(result.by_code[1]).toMatchObject(expectedFor([[0, 1], [0, 1], [0, 0]]));
  });

  it("takes a document without blank lines as one paragraph", () => {
    expect(coded({ unit: "paragraph", bootstrapSamples: 0 }).units).toBe(2);
  });
});

describe("computeCorpusAgreement on characters", () => {
  it("computes unitizing alpha on the documents laid end to end, merging each coder's overlapping spans", () => {
    const result = agreement({ unit: "character" });
    if (result.unit !== "character") throw new Error("expected character units");
    // Document 2 starts at code point 53, the length of document 1.
    const spans = [
      { coder: "A", category: "10", start: 0, length: 16 },
      { coder: "A", category: "10", start: 36, length: 8 },
      { coder: "A", category: "20", start: 53, length: 16 },
      { coder: "B", category: "10", start: 3, length: 13 },
      { coder: "B", category: "10", start: 36, length: 9 },
      { coder: "B", category: "20", start: 55, length: 8 },
      { coder: "B", category: "20", start: 70, length: 18 },
      { coder: "C", category: "10", start: 0, length: 14 },
      { coder: "C", category: "10", start: 70, length: 18 },
    ];
    const continuum = { begin: 0, length: 88 };
    const expected = unitizingAlpha({ continuum, coders: ["A", "B", "C"], spans });
    // Each pair of coders alone: their spans only, the third coder absent rather than all gap.
    const pair = (a: string, b: string) => {
      const alpha = unitizingAlpha({ continuum, coders: [a, b], spans: spans.filter((span) => span.coder === a || span.coder === b) });
      if (!alpha.ok) throw new Error(alpha.error);
      return { coder_a: a, coder_b: b, krippendorff_alpha_unitizing: alpha.value.overall };
    };
    if (!expected.ok) throw new Error(expected.error);
    // The report sums the same terms document by document: equal to 12 digits, not to the last bit.
    const withInterval = (alpha: object) => ({ ...(approximately(alpha) as object), bootstrap: expect.objectContaining({ samples: 1000, seed: 1 }) });
    expect(result).toMatchObject({
      unit: "character",
      documents: 2,
      documents_left_out: 0,
      continuum_length: 88,
      coders: 3,
      coder_names: ["A", "B", "C"],
      merged_spans: 1,
      by_code: [
        { code_id: 10, code_name: "loss", spans: 6, krippendorff_alpha_unitizing: withInterval(expected.value.by_category["10"]!), units: 88, coders: 3 },
        { code_id: 20, code_name: "journey", spans: 3, krippendorff_alpha_unitizing: withInterval(expected.value.by_category["20"]!), units: 88, coders: 3 },
      ],
      pooled: {
        krippendorff_alpha_unitizing: withInterval(expected.value.overall),
        unitizing_alpha_pairs: [pair("A", "B"), pair("A", "C"), pair("B", "C")],
        units: 176,
        coders: 3,
      },
    });
    expect(Object.keys(result.definitions)).toEqual(expect.arrayContaining(["bootstrap", "fleiss_kappa", "gwet_ac1", "percent_agreement"]));
    expect(result.pooled.unitizing_alpha_pairs.map((row) => row.krippendorff_alpha_unitizing.value)).not.toContain(null);
  });

  it("gives Cohen's kappa of a pair with every character a unit", () => {
    const result = agreement({ unit: "character" });
    if (result.unit !== "character") throw new Error("expected character units");
    // "journey" on the 88 code points: A covers [53, 69), B [55, 63) and [70, 88); 8 covered by both, 54 by neither.
    // By hand: p_o = 62/88, p_e = (16 · 26 + 72 · 62) / 88² = 4880/7744, kappa = (5456 − 4880) / (7744 − 4880).
    const kappa = result.by_code[1]!.cohen_kappa_pairs.find((pair) => pair.coder_a === "A" && pair.coder_b === "B")!;
    expect(kappa.cohen_kappa.value).toBeCloseTo(576 / 2864, 12);
    expect(kappa.cohen_kappa.observed_agreement).toBeCloseTo(62 / 88, 12);
  });

  it("reports a code nobody applied as undefined, without an interval", () => {
    const result = agreement({ unit: "character", codes: [...corpus.codes, { id: 30, name: "unused" }] });
    expect(result.by_code[2]).toMatchObject({
      spans: 0,
      krippendorff_alpha_unitizing: { value: null, reason: "no coder applied this code", bootstrap: null },
      fleiss_kappa: { value: null },
      percent_agreement: 1,
    });
  });
});

describe("computeCorpusAgreement on degenerate corpora", () => {
  it("reports alpha as undefined, without an interval, for a code nobody applied", () => {
    const result = coded({ unit: "sentence", codes: [...corpus.codes, { id: 30, name: "unused" }] });
    expect(result.by_code[2]!.krippendorff_alpha).toMatchObject({ value: null, bootstrap: null });
    expect(result.by_code[0]!.krippendorff_alpha.bootstrap).not.toBeNull();
  });

  it("handles one coder and no documents without failing", () => {
    const annotations = corpus.annotations.filter((annotation) => annotation.coder === "A");
    const one = coded({ unit: "sentence", coders: ["A"], annotations });
    expect(one.pooled).toMatchObject({ coders: 1, cohen_kappa_pairs: [], krippendorff_alpha: { value: null } });
    const none = coded({ unit: "sentence", documents: [], annotations: [] });
    expect(none).toMatchObject({
      units: 0,
      pooled: { units: 0, krippendorff_alpha: { value: null, bootstrap: null } },
    });
  });
});

describe("computeCorpusAgreement refuses bad input", () => {
  const error = (input: Partial<CorpusAgreementInput>) => {
    const result = computeCorpusAgreement({ ...corpus, unit: "sentence", ...input });
    return result.ok ? null : result.error;
  };
  const annotation = { documentId: 2, coder: "A", codeId: 10, start: 0, end: 36 };

  it("names an annotation that runs past its text, counting the text in code points", () => {
    expect(error({ annotations: [annotation] })).toBe(
      'annotation 1 (document 2, coder "A", code 10): ' +
        "span 0..36 must satisfy 0 ≤ start < end ≤ 35, the text's length",
    );
    expect(error({ annotations: [{ ...annotation, end: 35 }] })).toBeNull();
    expect(error({ annotations: [{ ...annotation, start: 5, end: 5 }] })).toContain("0 ≤ start < end");
  });

  it("names unknown documents, coders and codes, and repeated ids", () => {
    expect(error({ annotations: [{ ...annotation, documentId: 9 }] })).toContain("document 9 is not in documents");
    expect(error({ annotations: [{ ...annotation, coder: "Z" }] })).toContain('coder "Z" is not in coders');
    expect(error({ annotations: [{ ...annotation, codeId: 99, end: 3 }] })).toContain("code 99 is not in codes");
    expect(error({ coders: ["A", "A"] })).toBe('coder "A" appears twice');
  });

  it("refuses a coverage outside (0, 1] and a negative number of resamples", () => {
    expect(error({ minCoverage: 0 })).toBe("minCoverage must be above 0 and at most 1, not 0");
    expect(error({ bootstrapSamples: -1 })).toContain("bootstrapSamples must be a whole number");
  });
});

describe("computeCorpusAgreement with coders who did not code every document", () => {
  // Coder C did not code document 2: their sentences there are missing, not "code absent".
  const coded2 = [
    { documentId: 1, coders: ["A", "B", "C"] },
    { documentId: 2, coders: ["A", "B"] },
  ];

  it("treats a coder's units of a document they did not code as missing values", () => {
    const result = coded({ unit: "sentence", coded: coded2, bootstrapSamples: 0 });
    const withMissing: CodingMatrix = [SENTENCES_LOSS[0]!, SENTENCES_LOSS[1]!, [1, 0, 0, null, null]];
    const expected = krippendorffAlpha(encode(withMissing), { level: "nominal" });
    if (!expected.ok) throw new Error(expected.error);
    expect(result.by_code[0]!.krippendorff_alpha.value).toBeCloseTo(expected.value.value!, 12);
  });

  it("keeps an interval when one coder alone coded a document", () => {
    const soloSecond = [
      { documentId: 1, coders: ["A", "B", "C"] },
      { documentId: 2, coders: ["A"] },
    ];
    const result = coded({ unit: "sentence", coded: soloSecond, bootstrapSamples: 200 });
    for (const figures of [result.by_code[0]!, result.pooled]) {
      const { value, bootstrap } = figures.krippendorff_alpha;
      expect(bootstrap).not.toBeNull();
      expect(bootstrap!.lower).toBeLessThanOrEqual(value!);
      expect(bootstrap!.upper).toBeGreaterThanOrEqual(value!);
    }
  });

  it("leaves out of character agreement the documents not every coder coded", () => {
    const result = agreement({ unit: "character", coded: coded2 });
    expect(result).toMatchObject({ documents: 1, documents_left_out: 1, continuum_length: 53 });
  });
});

const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_key, item) => (typeof item === "number" ? Number(item.toFixed(12)) : item)));

describe("computeCorpusAgreement on a code tree", () => {
  // "journey" (20) becomes a child of a parent code 5 that nobody applied itself.
  const tree = { codes: [{ id: 5, name: "experience" }, { id: 10, name: "loss" }, { id: 20, name: "journey", parentId: 5 }] };
  const relabelled = corpus.annotations.map((annotation) => (annotation.codeId === 20 ? { ...annotation, codeId: 5 } : annotation));

  it.each(["document", "sentence", "paragraph", "character"] as const)("gives a parent the figures of its subtree's spans (%s)", (unit) => {
    const pooledUnder = agreement({ unit, ...tree, bootstrapSamples: 200 });
    const asParent = agreement({ unit, codes: [{ id: 5, name: "experience" }, { id: 10, name: "loss" }], annotations: relabelled, bootstrapSamples: 200 });
    expect({ ...pooledUnder.by_code[0]!, code_name: "" }).toEqual({ ...asParent.by_code[0]!, code_name: "" });
    // The child keeps its own figures, and the pooled figures count each coding once, under the code it was made with.
    const flat = agreement({ unit, codes: tree.codes.map(({ id, name }) => ({ id, name })), bootstrapSamples: 200 });
    expect(pooledUnder.by_code[2]).toEqual(flat.by_code[2]);
    // The same sums added in another order: equal to 12 decimals.
    expect(rounded(pooledUnder.pooled)).toEqual(rounded(flat.pooled));
  });

  it("pools a grandchild's spans into every ancestor", () => {
    const deep = agreement({
      unit: "sentence",
      bootstrapSamples: 0,
      codes: [{ id: 1, name: "root" }, { id: 5, name: "middle", parentId: 1 }, { id: 10, name: "loss" }, { id: 20, name: "journey", parentId: 5 }],
    });
    if (deep.unit === "character") throw new Error("expected sentences");
    const journey = deep.by_code.find((code) => code.code_id === 20)!;
    for (const id of [1, 5]) expect(deep.by_code.find((code) => code.code_id === id)!.krippendorff_alpha).toEqual(journey.krippendorff_alpha);
  });
});
