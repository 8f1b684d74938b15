import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { getDb } from "@/db/client";
import { getProjectAgreement } from "@/services/agreement/project-agreement-job";
import { toAgreementFilter } from "./documents/schema";
import { agreementParams, agreementQuery } from "./schema";

/**
 * Inter-coder agreement over the project's coded documents, per code and pooled (supervisors only), computed in a
 * worker and kept until the project's data change (services/agreement/project-agreement-job.ts).
 */
export const GET = apiRoute(
  { params: agreementParams, query: agreementQuery, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  async ({ user, input }) => {
    const { unit, min_coverage, bootstrap } = input.query;
    const result = await getProjectAgreement(getDb(), {
      projectId: input.params.id,
      unit,
      minCoverage: min_coverage,
      bootstrapSamples: bootstrap,
      filter: toAgreementFilter(input.query),
      owner: { id: user.id, login: user.login },
    });
    if (!result.ok) throw new AppError("bad_request", result.error);
    return result.value;
  },
);
