import { getDb } from "@/db/client";
import { decideSuggestion, getSuggestionById } from "@/db/queries/suggestions";
import { apiRoute } from "@/server/api-route";
import { suggestionAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { decisionBody, suggestionParams } from "../../schema";

/**
 * A coder accepts a suggestion (it becomes their own annotation, quote included, audited in the same transaction) or
 * rejects it. Only coders assigned to the statement decide; each decides once; a submitted statement takes no new
 * annotation until reopened.
 */
export const POST = apiRoute(
  {
    params: suggestionParams,
    body: decisionBody,
    access: ({ params }) => suggestionAccess(params.id, params.suggestionId),
  },
  ({ user, document, input }) => {
    const outcome = getDb().transaction(
      (tx) => {
        const suggestion = getSuggestionById(tx, { id: input.params.suggestionId });
        if (!suggestion) throw new AppError("not_found", "No such suggestion.");
        return decideSuggestion(tx, { suggestion, coderId: user.id, projectId: document.projectId, decision: input.body.decision });
      },
      { behavior: "immediate" },
    );
    if (!outcome.ok) throw new AppError("conflict", outcome.message);
    return outcome;
  },
);
