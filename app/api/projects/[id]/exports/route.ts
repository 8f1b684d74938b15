import { randomUUID } from "node:crypto";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { jobFilePath, startJob } from "@/services/jobs/job-pool";
import { toJobJson } from "@/services/jobs/job-record";
import { exportsBody, exportsParams } from "./schema";

/** Queues an export as a job: 202 with the job; GET /api/jobs/:id/file offers the file once it has succeeded. */
export const POST = apiRoute(
  { params: exportsParams, body: exportsBody, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ user, input }) => {
    const { format, layer, ...filter } = input.body;
    const job = startJob({
      task: { kind: "export", projectId: input.params.id, format, layer, filter, outPath: jobFilePath(randomUUID(), format) },
      projectId: input.params.id,
      owner: { id: user.id, login: user.login },
      label: `${format} export (${layer})`,
    });
    return Response.json({ job: toJobJson(job) }, { status: 202 });
  },
);
