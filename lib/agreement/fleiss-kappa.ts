import type { CodingData } from "./coding-data";
import { agreementCoefficient, type AgreementCoefficient, undefinedAgreement } from "./coefficient";
import { NO_PAIRED_UNIT, ratingDistribution } from "./rating-distribution";

/**
 * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5)):
 * κ = (P̄ − P̄_e) / (1 − P̄_e) with P̄_e = Σ_k p_k².
 *
 * Fleiss assumed the same number of ratings m on every unit. When that number varies (missing values), this reports
 * Gwet's generalisation, as R irrCAC's fleiss.kappa.raw does: P̄ is averaged over the units with at least two
 * ratings, each using its own r_u, and p_k = π_k is each unit's share of ratings in k averaged over the units with
 * at least one rating (see rating-distribution.ts). With a fixed m both reduce to Fleiss's formulas.
 */
export function fleissKappa(data: CodingData): AgreementCoefficient {
  const { observedAgreement, categoryShares } = ratingDistribution(data);
  if (observedAgreement === null) return undefinedAgreement(NO_PAIRED_UNIT);
  const expected = categoryShares.reduce((sum, share) => sum + share * share, 0);
  return agreementCoefficient(observedAgreement, expected);
}
