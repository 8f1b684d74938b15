import { randomUUID } from "node:crypto";
import { createReadStream, rmSync } from "node:fs";
import { Readable } from "node:stream";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { jobFilePath, startJob, waitForJob } from "@/services/jobs/job-pool";
import { exportParams, exportQuery } from "./schema";

/**
 * Downloads the project's coded corpus in one format. The file is built by a job in a worker and then streamed from
 * disk; for a large project, POST /api/projects/:id/exports shows the job's progress instead of a waiting download.
 */
export const GET = apiRoute(
  { params: exportParams, query: exportQuery, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  async ({ user, input }) => {
    const { format, layer, ...filter } = input.query;
    const job = await waitForJob(
      startJob({
        task: { kind: "export", projectId: input.params.id, format, layer, filter, outPath: jobFilePath(randomUUID(), format) },
        projectId: null,
        owner: { id: user.id, login: user.login },
        label: `${format} download (${layer})`,
      }),
    );
    if (!job.file) throw new AppError("bad_request", job.error ?? `The ${format} export cannot be written.`);
    const { path, filename, contentType, bytes } = job.file;
    const stream = createReadStream(path);
    // The download is this request's alone: its file goes once it has been sent (or the client went away).
    stream.on("close", () => rmSync(path, { force: true }));
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": contentType,
        "content-length": String(bytes),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "cache-control": "no-store",
      },
    });
  },
);
