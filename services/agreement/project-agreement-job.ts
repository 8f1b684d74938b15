import type { Db } from "@/db/client";
import { getAgreementDataVersion } from "@/db/queries/agreement-data-version";
import type { AgreementFilter } from "@/db/queries/agreement-input";
import type { CorpusUnit } from "@/lib/agreement/corpus-input";
import type { Result } from "@/lib/agreement/result";
import { runJobAndWait } from "@/services/jobs/job-pool";
import { cachedResult } from "./agreement-cache";
import type { ProjectAgreement } from "./project-agreement";

export type ProjectAgreementRequest = {
  projectId: number;
  unit: CorpusUnit;
  minCoverage?: number;
  bootstrapSamples?: number;
  filter: AgreementFilter;
  owner: { id: number; login: string };
};

/**
 * A project's agreement as the route and the dashboard give it: from the cache when nothing it depends on changed
 * (same unit, settings and filter, same data version), else computed in a worker and kept.
 */
export function getProjectAgreement(db: Db, { projectId, unit, minCoverage, bootstrapSamples, filter, owner }: ProjectAgreementRequest): Promise<Result<ProjectAgreement>> {
  const key = JSON.stringify({ projectId, unit, minCoverage, bootstrapSamples, filter: normaliseFilter(filter), version: getAgreementDataVersion(db, { projectId }) });
  return cachedResult(key, () =>
    runJobAndWait<ProjectAgreement>({
      task: { kind: "agreement", projectId, unit, minCoverage, bootstrapSamples, filter },
      projectId,
      owner,
      label: `agreement by ${unit}`,
    }),
  );
}

/** The filter with its lists sorted and empty fields dropped, so that equal filters make equal keys. */
function normaliseFilter(filter: AgreementFilter): AgreementFilter {
  const entries = Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== "" && value !== false && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries);
}
