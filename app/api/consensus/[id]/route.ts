import { getDb } from "@/db/client";
import { deleteConsensusAnnotation, getConsensusDocumentId, updateConsensusAnnotation } from "@/db/queries/consensus";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { consensusChanges, consensusParams } from "./schema";

// A consensus annotation is reached through its document: supervisors of that document's project only. An unknown
// id resolves to no document and answers 404, as a document of another project does.
const access = ({ params }: { params: { id: number } }) => documentAccess(getConsensusDocumentId(getDb(), { id: params.id }) ?? 0, ["supervisor"]);

/** Changes a consensus annotation's code, span or memo. */
export const PATCH = apiRoute({ params: consensusParams, body: consensusChanges, access }, ({ user, input }) => {
  const after = outcomeValue(updateConsensusAnnotation(getDb(), { id: input.params.id, actorId: user.id, changes: input.body }));
  return { id: after.id, code: after.codeId, start: after.start, end: after.end, quote: after.quote, memo: after.memo, sourceAnnotationId: after.sourceAnnotationId };
});

/** Takes a span out of the consensus; answers 204. */
export const DELETE = apiRoute({ params: consensusParams, access }, ({ user, input }) => {
  outcomeValue(deleteConsensusAnnotation(getDb(), { id: input.params.id, actorId: user.id }));
  return new Response(null, { status: 204 });
});
