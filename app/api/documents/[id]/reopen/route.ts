import { getDb } from "@/db/client";
import { reopenAssignment } from "@/db/queries/assignments";
import { getProjectById } from "@/db/queries/projects";
import { toAssignmentStateJson } from "@/lib/documents/document-json";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { outcomeValue } from "@/app/api/outcome-value";
import { documentParams } from "./schema";

/** Takes the caller's submission back for more coding, unless the supervisor has locked the round (409). */
export const POST = apiRoute(
  { params: documentParams, access: ({ params }) => documentAccess(params.id, ["coder"]) },
  ({ user, document }) => {
    const db = getDb();
    const assignment = outcomeValue(reopenAssignment(db, { documentId: document.id, projectId: document.projectId, coderId: user.id }));
    return toAssignmentStateJson(assignment, getProjectById(db, { id: document.projectId })!);
  },
);
