import { resolveCategoryCount } from "./resolve-category-count";
import type { CodingData } from "./coding-data";
import { agreementCoefficient, type AgreementCoefficient, undefinedAgreement } from "./coefficient";
import { NO_PAIRED_UNIT, ratingDistribution } from "./rating-distribution";
import { ok, type Result } from "./result";

/**
 * Bennett, Alpert and Goldstein's S (1954), also known as Brennan and Prediger's (1981) free-marginal kappa:
 * S = (p_a − 1/q) / (1 − 1/q), chance agreement being that of coders who pick each of q categories alike.
 * p_a is the multi-rater observed agreement of rating-distribution.ts (R irrCAC's bp.coeff.raw), which for two coders
 * with no missing values is the share of units they agree on.
 */
export function bennettsS(data: CodingData, options: { categories?: number } = {}): Result<AgreementCoefficient> {
  const { observedAgreement } = ratingDistribution(data);
  if (observedAgreement === null) return ok(undefinedAgreement(NO_PAIRED_UNIT));
  // Checked after the pairs: data with no values at all have q = 0 and are undefined for that reason.
  const q = resolveCategoryCount(data, options.categories);
  if (!q.ok) return q;
  return ok(agreementCoefficient(observedAgreement, 1 / q.value));
}
