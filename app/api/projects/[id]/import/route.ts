import { getDb } from "@/db/client";
import { importIntoProject } from "@/services/import/import-into-project";
import { getMembersByProject } from "@/db/queries/projects";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { importForm, importParams } from "./schema";

/** Imports one uploaded file (one request per file, so the page can show each file's progress). */
export const POST = apiRoute(
  { params: importParams, body: importForm, bodyIsForm: true, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  async ({ user, input }) => {
    const projectId = input.params.id;
    const db = getDb();
    const coders = new Set(getMembersByProject(db, { projectId }).filter((m) => m.role === "coder").map((m) => m.userId));
    if (input.body.assign.some((id) => !coders.has(id))) throw new AppError("bad_request", "Imported documents can be assigned only to coders of the project.");
    const { file, mapping, assign } = input.body;
    return importIntoProject(db, {
      projectId,
      actorId: user.id,
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      csvMapping: mapping,
      assignTo: assign,
    });
  },
);
