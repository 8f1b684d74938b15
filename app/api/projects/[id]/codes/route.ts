import { getDb } from "@/db/client";
import { getCodesByProject } from "@/db/queries/codes";
import { toCodeJson } from "@/lib/codebook/code-json";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { projectParams } from "./schema";

/** The project's codebook in its order. */
export const GET = apiRoute(
  { params: projectParams, access: ({ params }) => projectAccess(params.id, ["coder", "supervisor"]) },
  ({ input }) => getCodesByProject(getDb(), { projectId: input.params.id }).map(toCodeJson),
);
