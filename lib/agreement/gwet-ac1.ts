import { resolveCategoryCount } from "./resolve-category-count";
import type { CodingData } from "./coding-data";
import { agreementCoefficient, type AgreementCoefficient, undefinedAgreement } from "./coefficient";
import { NO_PAIRED_UNIT, ratingDistribution } from "./rating-distribution";
import { ok, type Result } from "./result";

/**
 * Gwet's AC1 in its multi-rater form (Gwet 2008, "Computing inter-rater reliability and its variance in the presence
 * of high agreement", British Journal of Mathematical and Statistical Psychology 61; Gwet 2014, Handbook, 4th ed.):
 * AC1 = (p_a − p_e) / (1 − p_e) with p_e = (1 / (q − 1)) Σ_k π_k (1 − π_k), where p_a and π_k are as in
 * rating-distribution.ts and q is the number of categories (see resolve-category-count.ts).
 *
 * Undefined when q = 1, where chance agreement has no meaning, or when no unit has two ratings.
 */
export function gwetsAc1(data: CodingData, options: { categories?: number } = {}): Result<AgreementCoefficient> {
  const { observedAgreement, categoryShares } = ratingDistribution(data);
  if (observedAgreement === null) return ok(undefinedAgreement(NO_PAIRED_UNIT));
  // Checked after the pairs: data with no values at all have q = 0 and are undefined for that reason.
  const q = resolveCategoryCount(data, options.categories);
  if (!q.ok) return q;
  if (q.value < 2) return ok(undefinedAgreement("AC1 needs at least two categories to choose from"));
  const expected = categoryShares.reduce((sum, share) => sum + share * (1 - share), 0) / (q.value - 1);
  return ok(agreementCoefficient(observedAgreement, expected));
}
