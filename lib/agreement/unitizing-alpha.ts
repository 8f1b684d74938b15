import { disagreementCoefficient, type DisagreementCoefficient, undefinedDisagreement } from "./coefficient";
import { ok, type Result } from "./result";
import { type UnitizedData, validateUnitizedData } from "./unitized-data";
import {
  type CoderUnits,
  expectedUnitizingDisagreement,
  observedUnitizingDisagreement,
} from "./unitizing-disagreement";

export type UnitizingAlpha = {
  /** α_u = 1 − Σ_c D_o(c) / Σ_c D_e(c): its observed and expected disagreements are those sums. */
  overall: DisagreementCoefficient;
  /** α_c = 1 − D_o(c) / D_e(c) for each category someone marked, categories in code unit order. */
  by_category: Record<string, DisagreementCoefficient>;
};

/**
 * Krippendorff's unitizing alpha (Krippendorff 1995, "On the reliability of unitizing continuous data",
 * Sociological Methodology 25; 2004, "Measuring the reliability of qualitative text analysis data", Quality &
 * Quantity 38) per category and over all categories, for any number of coders; D_o and D_e are described in
 * unitizing-disagreement.ts. Over all categories it is 1 − Σ D_o(c) / Σ D_e(c), not a mean of per-category alphas,
 * so a category weighs in proportion to its expected disagreement.
 *
 * Undefined (value null with a reason) for fewer than two coders, an empty continuum, no marked unit at all, or
 * D_e = 0. Fails when the data do not pass validateUnitizedData.
 */
export function unitizingAlpha(data: UnitizedData): Result<UnitizingAlpha> {
  const prepared = prepareUnits(data);
  if (!prepared.ok) return prepared;
  const { unfit, categories, unitsByCategory } = prepared.value;
  if (unfit !== null) {
    const byCategory = Object.fromEntries(categories.map((category) => [category, undefinedDisagreement(unfit)]));
    return ok({ overall: undefinedDisagreement(unfit), by_category: byCategory });
  }
  return ok(alphaOfUnits(prepared.value, unitsByCategory));
}

export type UnitizingAlphaPair = { coder_a: string; coder_b: string; krippendorff_alpha_unitizing: DisagreementCoefficient };

/**
 * Unitizing alpha over all categories for each pair of coders alone, as if only those two had coded (the others
 * are absent, not all gap): who parts from whom. The data are validated and grouped once for all pairs.
 */
export function pairwiseUnitizingAlpha(data: UnitizedData): Result<UnitizingAlphaPair[]> {
  const prepared = prepareUnits(data);
  if (!prepared.ok) return prepared;
  const { coders, unitsByCategory } = prepared.value;
  const reason = data.continuum.length === 0 ? "the continuum is empty" : null;
  return ok(
    coders.flatMap((coderA, a) =>
      coders.slice(a + 1).map((coderB, offset) => {
        const b = a + 1 + offset;
        const alpha =
          reason === null
            ? alphaOfUnits(prepared.value, unitsByCategory.map((units) => [units[a]!, units[b]!])).overall
            : undefinedDisagreement(reason);
        return { coder_a: coderA, coder_b: coderB, krippendorff_alpha_unitizing: alpha };
      }),
    ),
  );
}

type PreparedUnits = {
  continuum: UnitizedData["continuum"];
  coders: readonly string[];
  categories: string[];
  /** Per category, per coder: that coder's units of the category, sorted. */
  unitsByCategory: CoderUnits[][];
  /** Why alpha is undefined for these data as a whole, or null. */
  unfit: string | null;
};

function prepareUnits(data: UnitizedData): Result<PreparedUnits> {
  const valid = validateUnitizedData(data);
  if (!valid.ok) return valid;
  const { continuum, coders, spans } = data;
  const categories = [...new Set(spans.map((span) => span.category))].sort();
  const unfit =
    coders.length < 2
      ? "unitizing alpha needs at least two coders"
      : continuum.length === 0
        ? "the continuum is empty"
        : categories.length === 0
          ? "no coder marked any unit"
          : null;

  const coderIndex = new Map(coders.map((coder, index) => [coder, index]));
  const categoryIndex = new Map(categories.map((category, index) => [category, index]));
  const grouped = categories.map(() => coders.map(() => [] as { start: number; end: number }[]));
  for (const { coder, category, start, length } of spans) {
    grouped[categoryIndex.get(category)!]![coderIndex.get(coder)!]!.push({ start, end: start + length });
  }
  const unitsByCategory = grouped.map((byCoder) =>
    byCoder.map((units) => {
      units.sort((a, b) => a.start - b.start);
      return { starts: units.map((unit) => unit.start), ends: units.map((unit) => unit.end) };
    }),
  );
  return ok({ continuum, coders, categories, unitsByCategory, unfit });
}

/** α_c per category and α_u over all, for the coders whose units are given (per category, per coder). */
function alphaOfUnits({ continuum, categories }: PreparedUnits, unitsByCategory: CoderUnits[][]): UnitizingAlpha {
  const byCategory: Record<string, DisagreementCoefficient> = {};
  let observedSum = 0;
  let expectedSum = 0;
  categories.forEach((category, c) => {
    const observed = observedUnitizingDisagreement(unitsByCategory[c]!, continuum.length);
    const expected = expectedUnitizingDisagreement(unitsByCategory[c]!, continuum);
    byCategory[category] = disagreementCoefficient(observed, expected);
    observedSum += observed;
    expectedSum += expected;
  });
  return { overall: disagreementCoefficient(observedSum, expectedSum), by_category: byCategory };
}
