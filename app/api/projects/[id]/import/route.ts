import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { getDb } from "@/db/client";
import { getMembersByProject } from "@/db/queries/projects";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { uploadRoute } from "@/server/upload-route";
import { startJob } from "@/services/jobs/job-pool";
import { toJobJson } from "@/services/jobs/job-record";
import { importForm, importParams } from "./schema";
import { importUploadLimits } from "./upload-limits";

/**
 * Receives one file (one request per file, so the page can show each file's upload progress) and queues its import
 * as a job: 202 with the job, whose progress GET /api/jobs/:id reports and whose result is the file's report.
 */
export const POST = uploadRoute(
  { params: importParams, body: importForm, limits: importUploadLimits, access: (params) => projectAccess(params.id, ["supervisor"]) },
  ({ user, params, body }) => {
    const projectId = params.id;
    const coders = new Set(getMembersByProject(getDb(), { projectId }).filter((m) => m.role === "coder").map((m) => m.userId));
    if (body.assign.some((id) => !coders.has(id))) throw new AppError("bad_request", "Imported documents can be assigned only to coders of the project.");
    const { file, mapping, assign, users } = body;
    const job = startJob({
      task: { kind: "import", jobId: randomUUID(), projectId, actorId: user.id, name: file.name, path: file.path, csvMapping: mapping, assignTo: assign, userMapping: users },
      projectId,
      owner: { id: user.id, login: user.login },
      label: file.name,
      onEnd: () => rmSync(file.path, { force: true }),
    });
    return Response.json({ job: toJobJson(job) }, { status: 202 });
  },
);
