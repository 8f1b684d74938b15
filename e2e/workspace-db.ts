import path from "node:path";
import { eq } from "drizzle-orm";
import { type Db, openDatabase } from "@/db/client";
import { getAnnotationsByDocumentAndCoder } from "@/db/queries/annotations";
import { getCodesByProject } from "@/db/queries/codes";
import { getAssignment, insertAssignments, insertDocument } from "@/db/queries/documents";
import { getUserByLogin } from "@/db/queries/users";
import { projects } from "@/db/schema";
import { contentHash } from "@/lib/import/content-hash";
import { detectDirection } from "@/lib/import/detect-direction";
import { codePointLength } from "@/lib/offsets/code-points";
import { getDemoProjectId } from "./test-db";

/**
 * Data planting for the workspace tests, straight into the running app's temporary database (as e2e/test-db.ts does):
 * each test that changes data plants its own statement, so tests run in parallel without meeting.
 */
function withDb<T>(action: (db: Db) => T): T {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  try {
    return action(db);
  } finally {
    db.$client.close();
  }
}

/** A new statement in the project (the demo one by default) assigned to `coders`; returns its id. */
export function plantAssignedDocument({
  title,
  text,
  coders = ["coder1"],
  projectId = getDemoProjectId(),
}: {
  title: string;
  text: string;
  coders?: string[];
  projectId?: number;
}): number {
  return withDb((db) =>
    db.transaction(
      (tx) => {
        const values = { projectId, title, text, contentHash: contentHash(text), length: codePointLength(text), direction: detectDirection(text) };
        const documentId = insertDocument(tx, { actorId: null, values }).id;
        const coderIds = coders.map((login) => getUserByLogin(tx, { login })!.id);
        insertAssignments(tx, { projectId, documentIds: [documentId], coderIds, actorId: null });
        return documentId;
      },
      { behavior: "immediate" },
    ),
  );
}

/** Sets a planted project's round lock or reveal, as the supervisor's pages will. */
export function setProjectFlags(projectId: number, flags: { roundLocked?: boolean; annotationsRevealed?: boolean }): void {
  withDb((db) => db.update(projects).set(flags).where(eq(projects.id, projectId)).run());
}

/** What the database holds of one coder's layer of a document: code name, quote and memo, in text order. */
export function storedAnnotations(documentId: number, login: string, projectId = getDemoProjectId()) {
  return withDb((db) => {
    const coderId = getUserByLogin(db, { login })!.id;
    const codeNames = new Map(getCodesByProject(db, { projectId }).map((code) => [code.id, code.name]));
    return getAnnotationsByDocumentAndCoder(db, { documentId, coderId }).map((annotation) => ({
      code: codeNames.get(annotation.codeId),
      start: annotation.start,
      end: annotation.end,
      quote: annotation.quote,
      memo: annotation.memo,
    }));
  });
}

export function assignmentStatus(documentId: number, login: string): string | undefined {
  return withDb((db) => getAssignment(db, { documentId, coderId: getUserByLogin(db, { login })!.id })?.status);
}
