import { getDb } from "@/db/client";
import { createAnnotation, getAnnotationsByDocumentAndCoder } from "@/db/queries/annotations";
import { getAssignment } from "@/db/queries/documents";
import { getProjectById } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { toAnnotationJson } from "@/lib/annotations/annotation-json";
import { checkLayerVisibility } from "@/lib/annotations/layer-visibility";
import { outcomeValue } from "@/app/api/outcome-value";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { documentParams, layerQuery, newAnnotationBody } from "./schema";

/**
 * The caller's own annotations of the document, in text order. `?coder=LOGIN` asks for another coder's layer: a
 * supervisor gets it once that coder has submitted the document, anyone once the project's annotations are revealed.
 */
export const GET = apiRoute(
  { params: documentParams, query: layerQuery, access: ({ params }) => documentAccess(params.id, ["coder", "supervisor"]) },
  ({ user, project, document, input }) => {
    const db = getDb();
    const login = input.query.coder;
    let coderId = user.id;
    if (login !== undefined && login !== user.login) {
      const owner = getUserByLogin(db, { login });
      const assignment = owner && getAssignment(db, { documentId: document!.id, coderId: owner.id });
      const visibility = checkLayerVisibility({
        callerRole: project!.role,
        revealed: getProjectById(db, { id: document!.projectId })!.annotationsRevealed,
        ownerSubmitted: () => assignment?.status === "submitted",
        ownerLogin: login,
      });
      if (!visibility.ok) throw new AppError(visibility.kind, visibility.error);
      if (!owner || !assignment) throw new AppError("not_found", `${login} has no assignment of this document.`);
      coderId = owner.id;
    }
    return getAnnotationsByDocumentAndCoder(db, { documentId: document!.id, coderId }).map(toAnnotationJson);
  },
);

/** Codes a passage: answers 201 with the stored annotation and its quote. The time spent is in Server-Timing. */
export const POST = apiRoute(
  { params: documentParams, body: newAnnotationBody, access: ({ params }) => documentAccess(params.id, ["coder"]) },
  ({ user, document, input }) => {
    const started = performance.now();
    const annotation = outcomeValue(createAnnotation(getDb(), { documentId: document!.id, coderId: user.id, input: input.body }));
    return Response.json(toAnnotationJson(annotation), {
      status: 201,
      headers: { "Server-Timing": `db;dur=${(performance.now() - started).toFixed(2)}` },
    });
  },
);
