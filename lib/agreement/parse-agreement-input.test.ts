import { describe, expect, it } from "vitest";
import { parseAgreementInput } from "./parse-agreement-input";

function error(input: unknown): string | null {
  const result = parseAgreementInput(typeof input === "string" ? input : JSON.stringify(input));
  return result.ok ? null : result.error;
}

describe("parseAgreementInput with coding data", () => {
  it("reads the matrix with its defaults: nominal, q from the values used, 1,000 resamples, seed 1", () => {
    const result = parseAgreementInput(JSON.stringify({ matrix: [[1, 2, null], [1, 3, 2]] }));
    expect(result).toMatchObject({
      ok: true,
      value: { kind: "coding", level: "nominal", categories: 3, bootstrap: { samples: 1000, seed: 1 } },
    });
  });

  it("takes q from the values list when one is given", () => {
    const result = parseAgreementInput(JSON.stringify({ matrix: [[1], [2]], values: [1, 2, 3, 4] }));
    expect(result.ok && result.value.kind === "coding" && result.value.categories).toBe(4);
  });

  it("reports a ragged matrix by rows", () => {
    expect(error({ matrix: [[1, 2, 3, 4], [1, 2, 3]] })).toBe("matrix row 2 has 3 values, row 1 has 4");
  });

  it("reports a cell of the wrong type by row and column", () => {
    expect(error({ matrix: [[1, 2], [1, true]] })).toBe("matrix row 2, column 2: must be a number, a string or null");
  });

  it("reports an unknown level, too few categories, and unknown keys", () => {
    expect(error({ matrix: [[1]], level: "cardinal" })).toBe("level: must be one of nominal, ordinal, interval, ratio");
    expect(error({ matrix: [[1, 2, 3]], categories: 2 })).toBe("categories is 2, but the data have 3 distinct values");
    expect(error({ matrix: [[1]], weights: "linear" })).toContain('input: Unrecognized key: "weights"');
  });
});

describe("parseAgreementInput with unitized data", () => {
  const continuum = { begin: 0, length: 200 };

  it("takes the coders from the spans when none are listed", () => {
    const units = [
      { coder: "B", category: "c", start: 10, length: 5 },
      { coder: "A", category: "c", start: 10, length: 5 },
    ];
    const result = parseAgreementInput(JSON.stringify({ continuum, units }));
    expect(result.ok && result.value.kind === "unitized" && result.value.data.coders).toEqual(["B", "A"]);
  });

  it("reports a negative length with the unit's position", () => {
    expect(error({ continuum, units: [{ coder: "A", category: "c", start: 10, length: -5 }] })).toBe(
      "unit 1 length: must be at least 1",
    );
    expect(error({ continuum: { begin: 0, length: -1 }, units: [] })).toBe("continuum length: must be at least 0");
  });

  it("reports a span outside the continuum and overlapping spans", () => {
    expect(error({ continuum, units: [{ coder: "A", category: "c", start: 198, length: 5 }] })).toContain(
      "lies outside the continuum [0, 200)",
    );
    const overlapping = [
      { coder: "A", category: "c", start: 10, length: 5 },
      { coder: "A", category: "c", start: 12, length: 5 },
    ];
    expect(error({ continuum, units: overlapping })).toContain(
      'unit 2 (coder "A", category "c", start 12, length 5) overlaps unit 1',
    );
  });
});

describe("parseAgreementInput with malformed input", () => {
  it("reports text that is not JSON on one line", () => {
    const message = error("nope\n{");
    expect(message).toMatch(/^input is not valid JSON: /);
    expect(message).not.toContain("\n");
  });
  it("reports JSON that is not an object or has neither matrix nor continuum", () => {
    expect(error([1, 2])).toBe("input must be a JSON object");
    expect(error({ data: [] })).toBe('input needs "matrix" (coding data) or "continuum" (unitized data)');
  });
});
