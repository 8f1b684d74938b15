import { getDb } from "@/db/client";
import { setAdjudication } from "@/db/queries/consensus";
import { loadReview } from "@/db/queries/review";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { notFound } from "@/server/errors";
import { adjudicationBody, documentParams } from "./schema";

/**
 * The side-by-side review of a document: every submitted coder's layer, the disagreements and agreed spans between
 * them, the consensus so far and the adjudication status (supervisors only).
 */
export const GET = apiRoute(
  { params: documentParams, access: ({ params }) => documentAccess(params.id, ["supervisor"]) },
  ({ document }) => {
    const review = loadReview(getDb(), { documentId: document.id });
    if (!review) throw notFound("No such document.");
    return review;
  },
);

/** Sets the adjudication status (not_started, in_progress, done) and the document's adjudication memo. */
export const PATCH = apiRoute(
  { params: documentParams, body: adjudicationBody, access: ({ params }) => documentAccess(params.id, ["supervisor"]) },
  ({ user, document, input }) => {
    const adjudication = outcomeValue(setAdjudication(getDb(), { documentId: document.id, actorId: user.id, ...input.body }));
    return { status: adjudication.status, memo: adjudication.memo, updatedAt: adjudication.updatedAt.toISOString() };
  },
);
