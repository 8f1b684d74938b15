import { getDb } from "@/db/client";
import { getAssignment, getDocumentWithSpeaker } from "@/db/queries/documents";
import { getProjectById } from "@/db/queries/projects";
import { type DocumentJson, toAssignmentStateJson } from "@/lib/documents/document-json";
import { apiRoute } from "@/server/api-route";
import { documentAccess } from "@/server/authorize";
import { notFound } from "@/server/errors";
import { documentParams } from "./schema";

/** A statement: its text, direction and speaker facts, with the caller's own assignment status. */
export const GET = apiRoute(
  { params: documentParams, access: ({ params }) => documentAccess(params.id, ["coder", "supervisor"]) },
  ({ user, input }): DocumentJson => {
    const db = getDb();
    const row = getDocumentWithSpeaker(db, { id: input.params.id });
    const project = row && getProjectById(db, { id: row.document.projectId });
    if (!row || !project) throw notFound("No such document.");
    const { document, speaker } = row;
    return {
      id: document.id,
      projectId: document.projectId,
      title: document.title,
      text: document.text,
      length: document.length,
      direction: document.direction,
      language: document.language,
      statementDate: document.statementDate,
      sourceName: document.sourceName,
      sourceUrl: document.sourceUrl,
      speaker: speaker && { alias: speaker.alias, country: speaker.country, region: speaker.region, gender: speaker.gender, defectionDate: speaker.defectionDate },
      ...toAssignmentStateJson(getAssignment(db, { documentId: document.id, coderId: user.id }), project),
    };
  },
);
