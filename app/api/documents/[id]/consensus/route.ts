import { getDb } from "@/db/client";
import { createConsensusAnnotation } from "@/db/queries/consensus";
import { getConsensusByDocument } from "@/db/queries/review";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { documentParams, newConsensusBody } from "./schema";

const toJson = (row: { id: number; codeId: number; start: number; end: number; quote: string; memo: string; sourceAnnotationId: number | null }) => ({
  id: row.id,
  code: row.codeId,
  start: row.start,
  end: row.end,
  quote: row.quote,
  memo: row.memo,
  sourceAnnotationId: row.sourceAnnotationId,
});

/** The document's consensus layer, in text order (supervisors only). */
export const GET = apiRoute(
  { params: documentParams, access: ({ params }) => documentAccess(params.id, ["supervisor"]) },
  ({ document }) => getConsensusByDocument(getDb(), { documentId: document.id }).map((row) => ({ ...toJson(row), createdBy: row.createdBy })),
);

/**
 * Adds a span to the consensus: a coder's annotation accepted (with the other coders' annotations it rejects), or one
 * the supervisor draws; answers 201 with the span and `rejected`, the ids rejected with it.
 */
export const POST = apiRoute(
  { params: documentParams, body: newConsensusBody, access: ({ params }) => documentAccess(params.id, ["supervisor"]) },
  ({ user, document, input }) => {
    const created = outcomeValue(createConsensusAnnotation(getDb(), { documentId: document.id, actorId: user.id, input: input.body }));
    return Response.json({ ...toJson(created), rejected: created.rejected }, { status: 201 });
  },
);
