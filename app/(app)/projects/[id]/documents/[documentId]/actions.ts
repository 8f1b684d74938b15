"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { deleteDocument, updateDocumentFacts } from "@/db/queries/document-edits";
import { getDocumentById } from "@/db/queries/documents";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { serverAction } from "@/server/server-action";
import { deleteDocumentSchema, documentFactsSchema } from "./schemas";

const supervisorOf = ({ projectId }: { projectId: number }) => projectAccess(projectId, ["supervisor"]);

function documentOfProject(projectId: number, documentId: number) {
  const document = getDocumentById(getDb(), { id: documentId });
  if (!document || document.projectId !== projectId) throw new AppError("not_found", "No such statement in this project.");
  return document;
}

export const saveDocumentFacts = serverAction(documentFactsSchema, supervisorOf, (input, { user }) => {
  const { projectId, documentId, alias, country, region, gender, defectionDate, ...facts } = input;
  getDb().transaction(
    (tx) =>
      updateDocumentFacts(tx, {
        document: documentOfProject(projectId, documentId),
        facts,
        speaker: alias ? { alias, country, region, gender, defectionDate } : null,
        actorId: user.id,
      }),
    { behavior: "immediate" },
  );
  revalidatePath(`/projects/${projectId}`, "layout");
  return "Saved.";
});

export const removeDocument = serverAction(deleteDocumentSchema, supervisorOf, async ({ projectId, documentId }, { user }) => {
  getDb().transaction((tx) => deleteDocument(tx, { document: documentOfProject(projectId, documentId), actorId: user.id }), { behavior: "immediate" });
  revalidatePath(`/projects/${projectId}`, "layout");
  redirect(`/projects/${projectId}`);
});
