import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import type { ProjectAgreement } from "@/services/agreement/project-agreement";
import { runJobAndWait } from "@/services/jobs/job-pool";
import { toAgreementFilter } from "./documents/schema";
import { agreementParams, agreementQuery } from "./schema";

/** Inter-coder agreement over the project's coded documents, per code and pooled (supervisors only), computed in a worker. */
export const GET = apiRoute(
  { params: agreementParams, query: agreementQuery, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  async ({ user, input }) => {
    const { unit, min_coverage, bootstrap } = input.query;
    const result = await runJobAndWait<ProjectAgreement>({
      task: { kind: "agreement", projectId: input.params.id, unit, minCoverage: min_coverage, bootstrapSamples: bootstrap, filter: toAgreementFilter(input.query) },
      projectId: input.params.id,
      owner: { id: user.id, login: user.login },
      label: `agreement by ${unit}`,
    });
    if (!result.ok) throw new AppError("bad_request", result.error);
    return result.value;
  },
);
