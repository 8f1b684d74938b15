import { describe, expect, it } from "vitest";
import { selectCoders } from "./coding-data";
import { encodeCodingMatrix, encodeNumericRows } from "./encode-coding-matrix";

describe("encodeCodingMatrix", () => {
  it("encodes cells as domain indices, -1 for missing, numbers ascending before strings", () => {
    const result = encodeCodingMatrix([[3, "b", null], [1, "a", 3]]);
    expect(result.ok && result.value.domain).toEqual([1, 3, "a", "b"]);
    expect(result.ok && [...result.value.cells]).toEqual([1, 3, -1, 0, 2, 1]);
    expect(result.ok && result.value.ordered).toBe(false);
  });

  it("keeps the order and unused values of a values list", () => {
    const result = encodeCodingMatrix([["low"], ["high"]], { values: ["low", "mid", "high"] });
    expect(result.ok && result.value.domain).toEqual(["low", "mid", "high"]);
    expect(result.ok && [...result.value.cells]).toEqual([0, 2]);
    expect(result.ok && result.value.ordered).toBe(true);
  });

  it("treats the number 1 and the string '1' as different values", () => {
    const result = encodeCodingMatrix([[1], ["1"]]);
    expect(result.ok && result.value.domain).toEqual([1, "1"]);
  });

  it("reports a ragged matrix by row, counting from 1", () => {
    expect(encodeCodingMatrix([[1, 2, 3, 4], [1, 2, 3]])).toEqual({
      ok: false,
      error: "matrix row 2 has 3 values, row 1 has 4",
    });
  });

  it("reports a value missing from the values list with its row and column", () => {
    expect(encodeCodingMatrix([[1, 2], [1, 4]], { values: [1, 2, 3] })).toEqual({
      ok: false,
      error: "matrix row 2, column 2: 4 is not in values",
    });
  });

  it("reports a repeated value in the values list and non-finite numbers", () => {
    expect(encodeCodingMatrix([[1]], { values: [1, 1] })).toEqual({ ok: false, error: "values lists 1 twice" });
    expect(encodeCodingMatrix([[1, Number.NaN]])).toEqual({
      ok: false,
      error: "matrix row 1, column 2: NaN is not finite",
    });
  });

  it("accepts an empty matrix", () => {
    expect(encodeCodingMatrix([])).toMatchObject({ ok: true, value: { coderCount: 0, unitCount: 0 } });
  });
});

describe("selectCoders", () => {
  it("keeps the chosen coders' rows in the order asked", () => {
    const result = encodeCodingMatrix([[1, 2], [3, 4], [5, 6]]);
    if (!result.ok) throw new Error(result.error);
    const selected = selectCoders(result.value, [2, 0]);
    expect(selected.coderCount).toBe(2);
    expect([...selected.cells].map((index) => result.value.domain[index])).toEqual([5, 6, 1, 2]);
  });
});

describe("encodeNumericRows", () => {
  const rows = (matrix: (number | null)[][]) => matrix.map((row) => Float64Array.from(row, (value) => (value === null ? NaN : value)));

  it.each([
    [[[1, 2, null], [1, 3, 2]]],
    [[[null, null], [null, null]]],
    [[[0.5, 1e6, -3], [-3, 0.5, null]]],
    [[[100_000, 0], [0, 100_000]]],
    [[]],
  ])("encodes as encodeCodingMatrix does (%j)", (matrix) => {
    expect(encodeNumericRows(rows(matrix))).toEqual(encodeCodingMatrix(matrix));
    expect(encodeNumericRows(rows(matrix), { values: [-3, 0, 1, 2, 3] })).toEqual(encodeCodingMatrix(matrix, { values: [-3, 0, 1, 2, 3] }));
  });

  it("refuses ragged rows and values outside the list with encodeCodingMatrix's messages", () => {
    expect(encodeNumericRows(rows([[1, 2], [1]]))).toEqual(encodeCodingMatrix([[1, 2], [1]]));
    expect(encodeNumericRows(rows([[1, 7]]), { values: [1, 2] })).toEqual(encodeCodingMatrix([[1, 7]], { values: [1, 2] }));
  });
});
