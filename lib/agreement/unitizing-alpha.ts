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
  if (unfit !== null) {
    const byCategory = Object.fromEntries(categories.map((category) => [category, undefinedDisagreement(unfit)]));
    return ok({ overall: undefinedDisagreement(unfit), by_category: byCategory });
  }

  const coderIndex = new Map(coders.map((coder, index) => [coder, index]));
  const categoryIndex = new Map(categories.map((category, index) => [category, index]));
  const grouped = categories.map(() => coders.map(() => [] as { start: number; end: number }[]));
  for (const { coder, category, start, length } of spans) {
    grouped[categoryIndex.get(category)!]![coderIndex.get(coder)!]!.push({ start, end: start + length });
  }

  const byCategory: Record<string, DisagreementCoefficient> = {};
  let observedSum = 0;
  let expectedSum = 0;
  categories.forEach((category, c) => {
    const unitsByCoder: CoderUnits[] = grouped[c]!.map((units) => {
      units.sort((a, b) => a.start - b.start);
      return { starts: units.map((unit) => unit.start), ends: units.map((unit) => unit.end) };
    });
    const observed = observedUnitizingDisagreement(unitsByCoder, continuum.length);
    const expected = expectedUnitizingDisagreement(unitsByCoder, continuum);
    byCategory[category] = disagreementCoefficient(observed, expected);
    observedSum += observed;
    expectedSum += expected;
  });
  return ok({ overall: disagreementCoefficient(observedSum, expectedSum), by_category: byCategory });
}
