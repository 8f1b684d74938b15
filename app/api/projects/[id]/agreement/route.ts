import { getDb } from "@/db/client";
import { computeProjectAgreement } from "@/services/agreement/project-agreement";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { toAgreementFilter } from "./documents/schema";
import { agreementParams, agreementQuery } from "./schema";

/** Inter-coder agreement over the project's coded documents, per code and pooled (supervisors only). */
export const GET = apiRoute(
  { params: agreementParams, query: agreementQuery, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ input }) => {
    const { unit, min_coverage, bootstrap } = input.query;
    const result = computeProjectAgreement(getDb(), {
      projectId: input.params.id,
      unit,
      minCoverage: min_coverage,
      bootstrapSamples: bootstrap,
      filter: toAgreementFilter(input.query),
    });
    if (!result.ok) throw new AppError("bad_request", result.error);
    return result.value;
  },
);
