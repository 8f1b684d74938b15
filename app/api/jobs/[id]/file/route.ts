import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { apiRoute } from "@/server/api-route";
import { jobAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { jobParams } from "../schema";

/** The file an export job wrote, streamed from disk, once the job has succeeded. */
export const GET = apiRoute({ params: jobParams, access: ({ params }) => jobAccess(params.id, "read") }, ({ job }) => {
  if (!job.file) {
    throw new AppError("conflict", job.state === "succeeded" ? "This job made no file." : `The export is ${job.state}; its file is offered once it has succeeded.`);
  }
  const { path, filename, contentType, bytes } = job.file;
  return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": contentType,
      "content-length": String(bytes),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "no-store",
    },
  });
});
