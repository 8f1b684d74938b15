import { getDb } from "@/db/client";
import { computeProjectAgreement } from "@/db/project-agreement";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { agreementParams, agreementQuery } from "./schema";

/** Inter-coder agreement over the project's coded documents, per code and pooled (supervisors only). */
export const GET = apiRoute(
  { params: agreementParams, query: agreementQuery, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ input }) => {
    const { unit, min_coverage, bootstrap, include_in_progress, codes, batch, ...facts } = input.query;
    const result = computeProjectAgreement(getDb(), {
      projectId: input.params.id,
      unit,
      minCoverage: min_coverage,
      bootstrapSamples: bootstrap,
      filter: { ...facts, includeInProgress: include_in_progress, codeIds: codes, importBatchId: batch },
    });
    if (!result.ok) throw new AppError("bad_request", result.error);
    return result.value;
  },
);
