import type { CodingData } from "./coding-data";
import { agreementCoefficient, type AgreementCoefficient, undefinedAgreement } from "./coefficient";
import { ok, type Result } from "./result";
import { NO_SHARED_UNIT, twoCoderTable } from "./two-coder-table";

/**
 * Scott's pi (Scott 1955, "Reliability of content analysis: The case of nominal scale coding", Public Opinion
 * Quarterly 19(3)): π = (p_o − p_e) / (1 − p_e) with p_e = Σ_k ((p_1k + p_2k) / 2)², chance agreement from the
 * two coders' pooled proportions. Units missing either value are left out. Fails unless there are exactly two coders.
 */
export function scottsPi(data: CodingData): Result<AgreementCoefficient> {
  const table = twoCoderTable(data, "Scott's pi");
  if (!table.ok) return table;
  const { units, agreements, firstCounts, secondCounts } = table.value;
  if (units === 0) return ok(undefinedAgreement(NO_SHARED_UNIT));
  let expected = 0;
  firstCounts.forEach((count, k) => (expected += ((count + secondCounts[k]!) / (2 * units)) ** 2));
  return ok(agreementCoefficient(agreements / units, expected));
}
