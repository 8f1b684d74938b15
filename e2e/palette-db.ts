import path from "node:path";
import { openDatabase } from "@/db/client";
import { getAnnotationsByDocumentAndCoder } from "@/db/queries/annotations";
import { getUserByLogin } from "@/db/queries/users";
import { codes } from "@/db/schema";
import { plantProject } from "./test-db";
import { plantAssignedDocument } from "./workspace-db";

/** A planted code: its name and the name of its parent, planted before it (null at the top). */
type PlantedCode = { name: string; parent: string | null; isGroup?: boolean };

/**
 * A project of its own for coder1, with the four-narrative codebook and under it `tree` (parents named by their path,
 * "Economy/Prices"), and one statement assigned to coder1. Returns the ids of the statement and of the codes by path.
 */
export function plantTreeProject(name: string, tree: PlantedCode[], text: string) {
  const { projectId } = plantProject(name, [{ login: "coder1", role: "coder" }]);
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  const idsByPath = new Map<string, number>();
  try {
    db.transaction(
      (tx) => {
        tree.forEach((code, index) => {
          const parentId = code.parent === null ? null : idsByPath.get(code.parent)!;
          const values = { projectId, parentId, name: code.name, label: code.name, color: "#6a1b9a", position: 10 + index, isGroup: code.isGroup ?? false };
          const id = tx.insert(codes).values(values).returning({ id: codes.id }).get().id;
          idsByPath.set(code.parent === null ? code.name : `${code.parent}/${code.name}`, id);
        });
      },
      { behavior: "immediate" },
    );
  } finally {
    db.$client.close();
  }
  const documentId = plantAssignedDocument({ title: `${name} statement`, text, projectId });
  return { projectId, documentId, idsByPath };
}

/** The code ids and quotes of a coder's annotations of a document, in text order. */
export function storedCodings(documentId: number, login: string) {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  try {
    const coderId = getUserByLogin(db, { login })!.id;
    return getAnnotationsByDocumentAndCoder(db, { documentId, coderId }).map((annotation) => ({ code: annotation.codeId, quote: annotation.quote }));
  } finally {
    db.$client.close();
  }
}

