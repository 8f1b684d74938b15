import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { getJobsByProject } from "@/services/jobs/job-pool";
import { toJobJson } from "@/services/jobs/job-record";
import { projectJobsParams } from "./schema";

/** The project's import and export jobs of the last hour, newest first. */
export const GET = apiRoute({ params: projectJobsParams, access: ({ params }) => projectAccess(params.id, ["supervisor"]) }, ({ input }) => ({
  jobs: getJobsByProject(input.params.id).map(toJobJson),
}));
