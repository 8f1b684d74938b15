import { getDb } from "@/db/client";
import { rejectAnnotation } from "@/db/queries/consensus";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { documentParams, rejectionBody } from "../schema";

/** Rejects a coder's annotation from the consensus, with a memo on why; a span accepted from it is taken out. */
export const POST = apiRoute(
  { params: documentParams, body: rejectionBody, access: ({ params }) => documentAccess(params.id, ["supervisor"]) },
  ({ user, document, input }) =>
    outcomeValue(rejectAnnotation(getDb(), { documentId: document.id, annotationId: input.body.annotation, memo: input.body.memo, actorId: user.id })),
);
