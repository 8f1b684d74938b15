import { getDb } from "@/db/client";
import { acceptAgreedSpans } from "@/db/queries/consensus";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { documentParams } from "../schema";

/** Accepts into the consensus every span all submitted coders gave the same code, start and end. */
export const POST = apiRoute(
  { params: documentParams, access: ({ params }) => documentAccess(params.id, ["supervisor"]) },
  ({ user, document }) => outcomeValue(acceptAgreedSpans(getDb(), { documentId: document.id, actorId: user.id })),
);
