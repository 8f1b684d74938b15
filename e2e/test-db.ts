import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { insertDocument } from "@/db/queries/documents";
import { getProjectByName, insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { DEMO_PROJECT_NAME } from "@/db/seed/seed-demo";
import { contentHash } from "@/lib/import/content-hash";
import { codePointLength, sliceByCodePoints } from "@/lib/offsets/code-points";
import { annotations, assignments, auditLog, codes, documents } from "@/db/schema";

/**
 * Direct access to the running app's temporary database, for planting data the app has no page to make (yet).
 * Writes go through the same queries the app uses, in IMMEDIATE transactions; the server waits on the lock.
 */
function db() {
  return openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
}

export function getDemoProjectId(): number {
  return getProjectByName(db(), { name: DEMO_PROJECT_NAME })!.id;
}

export function plantDocument({ projectId, title, text }: { projectId: number; title: string; text: string }): number {
  return db().transaction(
    (tx) =>
      insertDocument(tx, {
        actorId: null,
        values: { projectId, title, text, contentHash: contentHash(text), length: codePointLength(text), direction: "ltr" },
      }).id,
    { behavior: "immediate" },
  );
}

/** A project the demo users are not members of, with one document; `members` join it with their roles. */
export function plantProject(name: string, members: { login: string; role: "supervisor" | "coder" }[] = []) {
  const database = db();
  const projectId = database.transaction(
    (tx) => {
      const project = insertProjectWithDefaultCodebook(tx, { name, description: "Planted by an end-to-end test", actorId: null });
      for (const member of members) {
        upsertMember(tx, { projectId: project.id, userId: getUserByLogin(tx, { login: member.login })!.id, role: member.role, actorId: null });
      }
      return project.id;
    },
    { behavior: "immediate" },
  );
  const documentId = plantDocument({ projectId, title: `${name} statement`, text: "A statement of another project." });
  return { projectId, documentId };
}

/** An annotation of `login` on a document, its quote taken from the text, as the coding workspace would store it. */
export function plantAnnotation({ documentId, login, codePosition, start, end, memo = "" }: {
  documentId: number;
  login: string;
  codePosition: number;
  start: number;
  end: number;
  memo?: string;
}): void {
  const database = db();
  const document = database.select().from(documents).where(eq(documents.id, documentId)).get()!;
  const code = database
    .select()
    .from(codes)
    .where(and(eq(codes.projectId, document.projectId), eq(codes.position, codePosition)))
    .get()!;
  const coderId = getUserByLogin(database, { login })!.id;
  database.insert(annotations).values({ documentId, coderId, codeId: code.id, start, end, quote: sliceByCodePoints(document.text, start, end), memo }).run();
}

/** `login`'s assignment of the document, submitted: exports of the coders' layer hold submitted work only. */
export function plantSubmission({ documentId, login }: { documentId: number; login: string }): void {
  const database = db();
  const coderId = getUserByLogin(database, { login })!.id;
  database.insert(assignments).values({ documentId, coderId, status: "submitted", submittedAt: new Date() }).run();
}

/** "entity:action" of every audit row of a project, oldest first. */
export function auditActionsOf(projectId: number): string[] {
  return db()
    .select()
    .from(auditLog)
    .where(eq(auditLog.projectId, projectId))
    .orderBy(asc(auditLog.id))
    .all()
    .map((entry) => `${entry.entity}:${entry.action}`);
}
