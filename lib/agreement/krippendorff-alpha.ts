import { type AlphaComponents, alphaComponents } from "./alpha-components";
import type { CodingData } from "./coding-data";
import { disagreementCoefficient, type DisagreementCoefficient, undefinedDisagreement } from "./coefficient";
import type { MeasurementLevel } from "./difference-metric";
import { ok, type Result } from "./result";

/**
 * Krippendorff's alpha = 1 − D_o / D_e by the coincidence-matrix method (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"), for any number of coders and missing values. D_o and D_e are described in
 * alpha-components.ts, the nominal, ordinal, interval and ratio difference functions in difference-metric.ts.
 *
 * Undefined (value null with a reason) when no unit has two values, or when D_e = 0 because every pairable value is
 * the same. Fails only when the values do not suit the level (strings for interval data, say).
 */
export function krippendorffAlpha(
  data: CodingData,
  options: { level: MeasurementLevel },
): Result<DisagreementCoefficient> {
  const components = alphaComponents(data, options.level);
  if (!components.ok) return components;
  return ok(alphaFromComponents(components.value));
}

/** Alpha from components already computed (to share them with the bootstrap). */
export function alphaFromComponents(components: AlphaComponents): DisagreementCoefficient {
  const { observedDisagreement, expectedDisagreement } = components;
  if (observedDisagreement === null || expectedDisagreement === null) {
    return undefinedDisagreement("no unit has values from two coders, so there is nothing to compare");
  }
  return disagreementCoefficient(observedDisagreement, expectedDisagreement);
}
