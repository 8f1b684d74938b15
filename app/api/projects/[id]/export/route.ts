import { getDb } from "@/db/client";
import { exportProject } from "@/services/export/export-project";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { streamChunks } from "@/server/stream-chunks";
import { exportParams, exportQuery } from "./schema";

/** Downloads the project's coded corpus in one format, streamed. */
export const GET = apiRoute(
  { params: exportParams, query: exportQuery, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ input }) => {
    const { format, layer, ...filter } = input.query;
    const result = exportProject(getDb(), { projectId: input.params.id, format, layer, filter });
    if (!result.ok) throw new AppError("bad_request", `The ${format} export cannot be written: ${result.error}`);
    const { file } = result;
    return new Response(streamChunks(file.chunks), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "cache-control": "no-store",
      },
    });
  },
);
