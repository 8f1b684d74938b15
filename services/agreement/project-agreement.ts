import { type CorpusAgreement, computeCorpusAgreement } from "@/lib/agreement/corpus-agreement";
import type { CorpusUnit } from "@/lib/agreement/corpus-input";
import type { Result } from "@/lib/agreement/result";
import type { Db } from "@/db/client";
import { type AgreementFilter, type AgreementProvenance, getAgreementInput } from "@/db/queries/agreement-input";

export type ProjectAgreement = CorpusAgreement & { computed_from: AgreementProvenance };

/** Agreement over a project's coded documents at one unit, with where the figures came from. */
export function computeProjectAgreement(
  db: Db,
  options: { projectId: number; unit: CorpusUnit; filter?: AgreementFilter; minCoverage?: number; bootstrapSamples?: number },
): Result<ProjectAgreement> {
  const { input, provenance } = getAgreementInput(db, { projectId: options.projectId, filter: options.filter });
  const result = computeCorpusAgreement({ ...input, unit: options.unit, minCoverage: options.minCoverage, bootstrapSamples: options.bootstrapSamples });
  return result.ok ? { ok: true, value: { ...result.value, computed_from: provenance } } : result;
}
