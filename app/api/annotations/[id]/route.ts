import { getDb } from "@/db/client";
import { deleteAnnotation, updateAnnotation } from "@/db/queries/annotations";
import { toAnnotationJson } from "@/lib/annotations/annotation-json";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { annotationAccess } from "@/server/authorize";
import { annotationChangesBody, annotationParams } from "./schema";

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
