import { getDb } from "@/db/client";
import { getAssignedDocumentsByCoder, getDocumentsByProject } from "@/db/queries/documents";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { projectParams } from "./schema";

/** A project's documents: a coder gets only those assigned to them, with their status; a supervisor gets all. */
export const GET = apiRoute(
  { params: projectParams, access: ({ params }) => projectAccess(params.id, ["coder", "supervisor"]) },
  ({ user, project, input }) => {
    const db = getDb();
    if (project?.role === "coder") return getAssignedDocumentsByCoder(db, { coderId: user.id, projectId: input.params.id });
    return getDocumentsByProject(db, { projectId: input.params.id });
  },
);
