import { getDb } from "@/db/client";
import { getAssignment } from "@/db/queries/documents";
import { getProjectById } from "@/db/queries/projects";
import { toAssignmentStateJson } from "@/lib/documents/document-json";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { documentParams } from "./schema";

/** The caller's assignment status of the document and the project's round, without the text. */
export const GET = apiRoute(
  { params: documentParams, access: ({ params }) => documentAccess(params.id, ["coder", "supervisor"]) },
  ({ user, document }) => {
    const db = getDb();
    return toAssignmentStateJson(getAssignment(db, { documentId: document.id, coderId: user.id }), getProjectById(db, { id: document.projectId })!);
  },
);
