import { describe, expect, it } from "vitest";
import { alphaComponents } from "./alpha-components";
import { bootstrapAlphaInterval } from "./bootstrap-alpha";
import type { CodingData, CodingMatrix } from "./coding-data";
import { cohensKappa } from "./cohen-kappa";
import { encodeCodingMatrix } from "./encode-coding-matrix";
import { fleissKappa } from "./fleiss-kappa";
import { gwetsAc1 } from "./gwet-ac1";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { mergeIdenticalUnits } from "./merge-identical-units";
import { mulberry32 } from "./mulberry32";
import { percentAgreement } from "./percent-agreement";
import { HAYES_KRIPPENDORFF_2007, KRIPPENDORFF_2011_FOUR_CODERS } from "./published-reliability-data";
import { scottsPi } from "./scott-pi";

function encoded(matrix: CodingMatrix): CodingData {
  const result = encodeCodingMatrix(matrix);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Two coders over many units drawn from few values, with missing values: many repeated patterns. */
function repetitive(seed: number, units: number): CodingMatrix {
  const random = mulberry32(seed);
  const value = () => (random.next() < 0.1 ? null : Math.floor(random.next() * 3));
  const rows: (number | null)[][] = [[], []];
  for (let unit = 0; unit < units; unit++) for (const row of rows) row.push(value());
  return rows;
}

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe("mergeIdenticalUnits", () => {
  it("keeps one column per pattern of values, weighted by its units, in the order patterns first occur", () => {
    const merged = mergeIdenticalUnits(encoded([[1, 2, 1, null, 1], [1, 3, 1, 2, 1]]));
    expect(merged.columnCount).toBe(3);
    expect(merged.unitCount).toBe(5);
    expect([...merged.weights!]).toEqual([3, 1, 1]);
    // Values 1, 2, 3 are domain indices 0, 1, 2; a missing value is -1.
    expect([...merged.cells]).toEqual([0, 1, -1, 0, 2, 1]);
  });

  it("adds the weights of columns that already stood for several units", () => {
    const once = mergeIdenticalUnits(encoded([[1, 2, 1, 2, 2], [1, 2, 2, 2, 2]]));
    const twice = mergeIdenticalUnits({ ...once, cells: once.cells.map(() => 0) });
    expect(twice.columnCount).toBe(1);
    expect([...twice.weights!]).toEqual([5]);
  });

  it.each([
    ["Krippendorff 2011, four coders", KRIPPENDORFF_2011_FOUR_CODERS],
    ["Hayes and Krippendorff 2007", HAYES_KRIPPENDORFF_2007],
    ["two coders, 2,000 repetitive units", repetitive(3, 2000)],
  ])("gives every coefficient the value the unmerged data give (%s)", (_name, matrix) => {
    const data = encoded(matrix);
    const merged = mergeIdenticalUnits(data);
    expect(merged.columnCount).toBeLessThanOrEqual(data.columnCount);
    for (const level of ["nominal", "ordinal", "interval"] as const) {
      expect(unwrap(krippendorffAlpha(merged, { level })).value).toBeCloseTo(unwrap(krippendorffAlpha(data, { level })).value!, 12);
    }
    expect(percentAgreement(merged)).toBeCloseTo(percentAgreement(data)!, 12);
    expect(fleissKappa(merged).value).toBeCloseTo(fleissKappa(data).value!, 12);
    expect(unwrap(gwetsAc1(merged)).value).toBeCloseTo(unwrap(gwetsAc1(data)).value!, 12);
    if (data.coderCount === 2) {
      expect(unwrap(cohensKappa(merged)).value).toBeCloseTo(unwrap(cohensKappa(data)).value!, 12);
      expect(unwrap(scottsPi(merged)).value).toBeCloseTo(unwrap(scottsPi(data)).value!, 12);
    }
  });

  it("gives the bootstrap the same interval: resamples draw from the same (d_u, m_u) profiles with the same counts", () => {
    const data = encoded(repetitive(5, 3000));
    const options = { samples: 1000, seed: 9 };
    const merged = unwrap(alphaComponents(mergeIdenticalUnits(data), "nominal"));
    expect(bootstrapAlphaInterval(merged, options)).toEqual(bootstrapAlphaInterval(unwrap(alphaComponents(data, "nominal")), options));
  });
});
