import { getDb } from "@/db/client";
import { storeStatements } from "@/db/import/store-statements";
import { getAssignedDocumentsByCoder, getDocumentsByProject } from "@/db/queries/documents";
import { getMembersByProject } from "@/db/queries/projects";
import { prepareStatement } from "@/lib/import/prepare-statement";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { pastedStatement, projectParams } from "./schema";

/** A project's documents: a coder gets only those assigned to them, with their status; a supervisor gets all. */
export const GET = apiRoute(
  { params: projectParams, access: ({ params }) => projectAccess(params.id, ["coder", "supervisor"]) },
  ({ user, project, input }) => {
    const db = getDb();
    if (project?.role === "coder") return getAssignedDocumentsByCoder(db, { coderId: user.id, projectId: input.params.id });
    return getDocumentsByProject(db, { projectId: input.params.id });
  },
);

/** Adds one pasted statement; the same text twice in a project is refused as a duplicate (409). */
export const POST = apiRoute(
  { params: projectParams, body: pastedStatement, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ user, input }) => {
    const { params, body } = input;
    const db = getDb();
    const coders = new Set(getMembersByProject(db, { projectId: params.id }).filter((m) => m.role === "coder").map((m) => m.userId));
    if (body.assign.some((id) => !coders.has(id))) throw new AppError("bad_request", "Statements can be assigned only to coders of the project.");
    const speaker = body.alias
      ? { alias: body.alias, country: body.country, region: body.region, gender: body.gender, defectionDate: body.defection_date }
      : null;
    const stored = storeStatements(db, {
      projectId: params.id,
      actorId: user.id,
      batchLabel: `pasted: ${body.title}`,
      assignTo: body.assign,
      statements: [{ ...prepareStatement(body.title, body.text), speaker, statementDate: body.statement_date, sourceName: body.source, sourceUrl: body.url }],
    });
    if (stored.documentIds.length === 0) throw new AppError("conflict", "This text is in the project already.");
    return Response.json({ id: stored.documentIds[0], conflicts: stored.conflicts }, { status: 201 });
  },
);
