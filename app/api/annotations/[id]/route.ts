import { getDb } from "@/db/client";
import { deleteAnnotation, getAnnotationById, updateAnnotation } from "@/db/queries/annotations";
import { toAnnotationJson } from "@/lib/annotations/annotation-json";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { notFound } from "@/server/errors";
import { annotationChangesBody, annotationParams } from "./schema";

/**
 * Access goes through the annotation's document; the writes themselves accept only the annotation's owner, and
 * answer 404 to everyone else (a supervisor too), so the existence of another coder's annotation is not revealed.
 */
function annotationAccess(id: number) {
  const annotation = getAnnotationById(getDb(), { id });
  if (!annotation) throw notFound("No such annotation.");
  return documentAccess(annotation.documentId, ["coder", "supervisor"]);
}

/** Changes the code, span (checked against the text) or memo of one of the caller's annotations. */
export const PATCH = apiRoute(
  { params: annotationParams, body: annotationChangesBody, access: ({ params }) => annotationAccess(params.id) },
  ({ user, input }) => toAnnotationJson(outcomeValue(updateAnnotation(getDb(), { id: input.params.id, coderId: user.id, changes: input.body }))),
);

/** Deletes one of the caller's annotations; answers 204. */
export const DELETE = apiRoute({ params: annotationParams, access: ({ params }) => annotationAccess(params.id) }, ({ user, input }) => {
  outcomeValue(deleteAnnotation(getDb(), { id: input.params.id, coderId: user.id }));
  return new Response(null, { status: 204 });
});
