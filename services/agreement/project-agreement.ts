import { type CorpusAgreement, computeCorpusAgreement } from "@/lib/agreement/corpus-agreement";
import type { CorpusUnit } from "@/lib/agreement/corpus-input";
import type { Result } from "@/lib/agreement/result";
import type { Db } from "@/db/client";
import { type AgreementFilter, type AgreementProvenance, getAgreementInput } from "@/db/queries/agreement-input";
import { getProjectById } from "@/db/queries/projects";
import { getSuggestionVisibleRounds } from "@/db/queries/suggestion-visibility";

/** The rounds in which coders could see learned suggestions, and whether they can now: coding then was not independent. */
export type SuggestionsVisible = { rounds: number[]; now: boolean };

export type ProjectAgreement = CorpusAgreement & { computed_from: AgreementProvenance; suggestions_visible: SuggestionsVisible };

/** Agreement over a project's coded documents at one unit, with where the figures came from. */
export function computeProjectAgreement(
  db: Db,
  options: { projectId: number; unit: CorpusUnit; filter?: AgreementFilter; minCoverage?: number; bootstrapSamples?: number },
): Result<ProjectAgreement> {
  const { input, provenance } = getAgreementInput(db, { projectId: options.projectId, filter: options.filter });
  const result = computeCorpusAgreement({ ...input, unit: options.unit, minCoverage: options.minCoverage, bootstrapSamples: options.bootstrapSamples });
  if (!result.ok) return result;
  const suggestions_visible = {
    rounds: getSuggestionVisibleRounds(db, { projectId: options.projectId }),
    now: getProjectById(db, { id: options.projectId })?.suggestionsVisible ?? false,
  };
  return { ok: true, value: { ...result.value, computed_from: provenance, suggestions_visible } };
}
