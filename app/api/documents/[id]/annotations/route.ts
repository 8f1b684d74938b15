import { getDb } from "@/db/client";
import { createAnnotation, getAnnotationsByDocumentAndCoder } from "@/db/queries/annotations";
import { toAnnotationJson } from "@/lib/annotations/annotation-json";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { documentAccess, layerAccess } from "@/server/authorize";
import { documentParams, layerQuery, newAnnotationBody } from "./schema";

/**
 * The caller's own annotations of the document, in text order. `?coder=LOGIN` asks for another coder's layer: a
 * supervisor gets it once that coder has submitted the document, anyone once the project's annotations are revealed.
 */
export const GET = apiRoute(
  { params: documentParams, query: layerQuery, access: ({ params, query }) => layerAccess(params.id, query.coder) },
  ({ document, coderId }) => getAnnotationsByDocumentAndCoder(getDb(), { documentId: document.id, coderId }).map(toAnnotationJson),
);

/** Codes a passage: answers 201 with the stored annotation and its quote. The time spent is in Server-Timing. */
export const POST = apiRoute(
  { params: documentParams, body: newAnnotationBody, access: ({ params }) => documentAccess(params.id, ["coder"]) },
  ({ user, document, input }) => {
    const started = performance.now();
    const annotation = outcomeValue(createAnnotation(getDb(), { documentId: document.id, coderId: user.id, input: input.body }));
    return Response.json(toAnnotationJson(annotation), {
      status: 201,
      headers: { "Server-Timing": `db;dur=${(performance.now() - started).toFixed(2)}` },
    });
  },
);
