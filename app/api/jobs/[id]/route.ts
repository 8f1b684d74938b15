import { apiRoute } from "@/server/api-route";
import { jobAccess } from "@/server/authorize";
import { cancelJob } from "@/services/jobs/job-pool";
import { toJobJson } from "@/services/jobs/job-record";
import { jobParams } from "./schema";

/** A job's state, stage and progress, and once it has ended its result or the reason it failed. */
export const GET = apiRoute({ params: jobParams, access: ({ params }) => jobAccess(params.id, "read") }, ({ job }) => ({ job: toJobJson(job) }));

/** Cancels a queued or running job (only whoever started it); nothing of a cancelled job is kept. */
export const DELETE = apiRoute({ params: jobParams, access: ({ params }) => jobAccess(params.id, "cancel") }, ({ job }) => {
  cancelJob(job.id);
  return { job: toJobJson(job) };
});
