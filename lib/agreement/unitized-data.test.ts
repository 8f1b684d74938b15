import { describe, expect, it } from "vitest";
import { type UnitizedData, validateUnitizedData } from "./unitized-data";

const base: UnitizedData = { continuum: { begin: 0, length: 200 }, coders: ["A", "B"], spans: [] };
const unit = (coder: string, category: string, start: number, length: number) => ({ coder, category, start, length });

describe("validateUnitizedData", () => {
  it("accepts touching spans and overlapping spans of different coders or categories", () => {
    const spans = [unit("A", "c", 10, 5), unit("A", "c", 15, 5), unit("B", "c", 12, 5), unit("A", "d", 12, 5)];
    expect(validateUnitizedData({ ...base, spans }).ok).toBe(true);
  });

  it("names both spans when one coder's spans of one category overlap", () => {
    const spans = [unit("A", "c", 20, 5), unit("B", "c", 0, 5), unit("A", "c", 10, 11)];
    expect(validateUnitizedData({ ...base, spans })).toEqual({
      ok: false,
      error:
        'unit 3 (coder "A", category "c", start 10, length 11) overlaps unit 1 (coder "A", category "c", start 20, ' +
        "length 5): one coder's spans of one category must not overlap",
    });
  });

  it("refuses spans outside the continuum, empty or negative lengths and fractional positions", () => {
    const error = (spans: UnitizedData["spans"]) => {
      const result = validateUnitizedData({ ...base, spans });
      return result.ok ? null : result.error;
    };
    expect(error([unit("A", "c", 195, 10)])).toBe(
      'unit 1 (coder "A", category "c", start 195, length 10): lies outside the continuum [0, 200)',
    );
    expect(error([unit("A", "c", -1, 10)])).toContain("lies outside the continuum");
    expect(error([unit("A", "c", 5, 0)])).toContain("length must be at least 1");
    expect(error([unit("A", "c", 5, -3)])).toContain("length must be at least 1");
    expect(error([unit("A", "c", 5.5, 3)])).toContain("must be whole numbers");
  });

  it("refuses a coder who is not listed and a coder listed twice", () => {
    expect(validateUnitizedData({ ...base, spans: [unit("Z", "c", 0, 1)] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('coder "Z" is not in coders'),
    });
    expect(validateUnitizedData({ ...base, coders: ["A", "A"] })).toEqual({
      ok: false,
      error: 'coders lists "A" twice',
    });
  });

  it("refuses a negative continuum length", () => {
    expect(validateUnitizedData({ ...base, continuum: { begin: 0, length: -1 } }).ok).toBe(false);
  });
});
