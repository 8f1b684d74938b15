import { outcomeValue } from "@/app/api/outcome-value";
import { getDb } from "@/db/client";
import { previewMerge } from "@/db/queries/code-removals";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { codeParams, mergePreviewQuery } from "./schema";

/** What merging the code into `?into=` would do: how many codings move and how many of them collapse as duplicates. */
export const GET = apiRoute(
  { params: codeParams, query: mergePreviewQuery, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ input }) => outcomeValue(previewMerge(getDb(), { projectId: input.params.id, sourceId: input.params.codeId, targetId: input.query.into })),
);
