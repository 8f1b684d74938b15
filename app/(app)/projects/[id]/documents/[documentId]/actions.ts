"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { deleteDocument, updateDocumentFacts } from "@/db/queries/document-edits";
import { documentAccess } from "@/server/authorize";
import { serverAction } from "@/server/server-action";
import { deleteDocumentSchema, documentFactsSchema } from "./schemas";

const supervisorOf = ({ projectId, documentId }: { projectId: number; documentId: number }) => documentAccess(documentId, ["supervisor"], projectId);

export const saveDocumentFacts = serverAction(documentFactsSchema, supervisorOf, (input, { user, document }) => {
  const { projectId, title, statementDate, sourceName, sourceUrl, alias, country, region, gender, defectionDate } = input;
  getDb().transaction(
    (tx) =>
      updateDocumentFacts(tx, {
        document,
        facts: { title, statementDate, sourceName, sourceUrl },
        speaker: alias ? { alias, country, region, gender, defectionDate } : null,
        actorId: user.id,
      }),
    { behavior: "immediate" },
  );
  revalidatePath(`/projects/${projectId}`, "layout");
  return "Saved.";
});

export const removeDocument = serverAction(deleteDocumentSchema, supervisorOf, async ({ projectId }, { user, document }) => {
  getDb().transaction((tx) => deleteDocument(tx, { document, actorId: user.id }), { behavior: "immediate" });
  revalidatePath(`/projects/${projectId}`, "layout");
  redirect(`/projects/${projectId}`);
});
