import { alphaComponents } from "./alpha-components";
import { bennettsS } from "./bennett-s";
import { bootstrapAlphaInterval, type BootstrapInterval } from "./bootstrap-alpha";
import type { AgreementCoefficient, DisagreementCoefficient } from "./coefficient";
import { cohensKappa } from "./cohen-kappa";
import { fleissKappa } from "./fleiss-kappa";
import { gwetsAc1 } from "./gwet-ac1";
import { alphaFromComponents } from "./krippendorff-alpha";
import type { AgreementInput } from "./parse-agreement-input";
import { mergeIdenticalUnits } from "./merge-identical-units";
import { percentAgreement } from "./percent-agreement";
import { ok, type Result } from "./result";
import { scottsPi } from "./scott-pi";
import { type UnitizingAlpha, unitizingAlpha } from "./unitizing-alpha";

export type CodingReport = {
  units: number;
  coders: number;
  pairable_values: number;
  level: string;
  categories: number;
  percent_agreement: number | null;
  krippendorff_alpha: DisagreementCoefficient;
  /** Null when the data do not have exactly two coders. */
  cohen_kappa: AgreementCoefficient | null;
  /** Null when the data do not have exactly two coders. */
  scott_pi: AgreementCoefficient | null;
  fleiss_kappa: AgreementCoefficient;
  bennett_s: AgreementCoefficient;
  gwet_ac1: AgreementCoefficient;
  /** Percentile interval of Krippendorff's alpha; null when alpha is undefined or no resamples were asked for. */
  bootstrap: (BootstrapInterval & { statistic: "krippendorff_alpha" }) | null;
  definitions: Record<string, string>;
};

export type UnitizedReport = {
  continuum: { begin: number; length: number };
  coders: number;
  units: number;
  krippendorff_alpha_unitizing: UnitizingAlpha;
};

/** What each key of a coding report means, printed with it so the JSON explains itself. */
const CODING_DEFINITIONS: Record<string, string> = {
  pairable_values: "n: values on units that at least two coders coded",
  percent_agreement:
    "diagonal of Krippendorff's coincidence matrix over n (1 - nominal D_o): " +
    "agreeing pairs of values per unit, weighted 1/(m_u - 1)",
  krippendorff_alpha: "1 - D_o/D_e by the coincidence matrix (Krippendorff 2011), at the given level",
  cohen_kappa: "two coders only; units missing either value left out; chance from each coder's own proportions",
  scott_pi: "two coders only; units missing either value left out; chance from the coders' pooled proportions",
  fleiss_kappa:
    "Fleiss 1971; with varying numbers of ratings, Gwet's generalisation (irrCAC): " +
    "p_a over units with 2+ ratings, p_k averaged over units with 1+",
  bennett_s: "chance agreement 1/q for q categories (Brennan-Prediger), p_a as for Fleiss' kappa",
  gwet_ac1: "Gwet 2008 multi-rater AC1: chance agreement sum of pi_k(1 - pi_k)/(q - 1), p_a as for Fleiss' kappa",
  bootstrap: "units resampled with replacement, D_e held fixed (Hayes & Krippendorff 2007); percentile interval",
};

/** Every coefficient of a parsed input, as the `agreement` script prints it. */
export function buildAgreementReport(input: AgreementInput): Result<CodingReport | UnitizedReport> {
  if (input.kind === "unitized") {
    const alpha = unitizingAlpha(input.data);
    if (!alpha.ok) return alpha;
    return ok({
      continuum: input.data.continuum,
      coders: input.data.coders.length,
      units: input.data.spans.length,
      krippendorff_alpha_unitizing: alpha.value,
    });
  }

  const { level, categories, bootstrap } = input;
  // Identical units give identical terms: the coefficients read each pattern of values once, with its count.
  const data = mergeIdenticalUnits(input.data);
  const components = alphaComponents(data, level);
  if (!components.ok) return components;
  const bennett = bennettsS(data, { categories });
  if (!bennett.ok) return bennett;
  const ac1 = gwetsAc1(data, { categories });
  if (!ac1.ok) return ac1;
  const cohen = cohensKappa(data);
  const scott = scottsPi(data);
  const interval = bootstrap.samples > 0 ? bootstrapAlphaInterval(components.value, bootstrap) : null;

  return ok({
    units: data.unitCount,
    coders: data.coderCount,
    pairable_values: components.value.pairableValues,
    level,
    categories,
    percent_agreement: percentAgreement(data),
    krippendorff_alpha: alphaFromComponents(components.value),
    cohen_kappa: cohen.ok ? cohen.value : null,
    scott_pi: scott.ok ? scott.value : null,
    fleiss_kappa: fleissKappa(data),
    bennett_s: bennett.value,
    gwet_ac1: ac1.value,
    bootstrap: interval && { statistic: "krippendorff_alpha", ...interval },
    definitions: CODING_DEFINITIONS,
  });
}
