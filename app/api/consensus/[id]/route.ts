import { getDb } from "@/db/client";
import { deleteConsensusAnnotation, updateConsensusAnnotation } from "@/db/queries/consensus";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { consensusAccess } from "@/server/authorize";
import { consensusChanges, consensusParams } from "./schema";

const access = ({ params }: { params: { id: number } }) => consensusAccess(params.id);

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
