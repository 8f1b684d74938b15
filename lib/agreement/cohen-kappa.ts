import type { CodingData } from "./coding-data";
import { agreementCoefficient, type AgreementCoefficient, undefinedAgreement } from "./coefficient";
import { ok, type Result } from "./result";
import { NO_SHARED_UNIT, twoCoderTable } from "./two-coder-table";

/**
 * Cohen's kappa (Cohen 1960, "A coefficient of agreement for nominal scales", Educational and Psychological
 * Measurement 20(1)): κ = (p_o − p_e) / (1 − p_e), p_o the share of units the two coders agree on and
 * p_e = Σ_k p_1k · p_2k from each coder's own marginal proportions. Units missing either value are left out.
 * Fails unless there are exactly two coders.
 */
export function cohensKappa(data: CodingData): Result<AgreementCoefficient> {
  const table = twoCoderTable(data, "Cohen's kappa");
  if (!table.ok) return table;
  const { units, agreements, firstCounts, secondCounts } = table.value;
  if (units === 0) return ok(undefinedAgreement(NO_SHARED_UNIT));
  let expected = 0;
  firstCounts.forEach((count, k) => (expected += (count / units) * (secondCounts[k]! / units)));
  return ok(agreementCoefficient(agreements / units, expected));
}
