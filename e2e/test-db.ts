import path from "node:path";
import { openDatabase } from "@/db/client";
import { insertDocument } from "@/db/queries/documents";
import { getProjectByName, insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { DEMO_PROJECT_NAME } from "@/db/seed/seed-demo";
import { contentHash } from "@/lib/import/content-hash";
import { codePointLength } from "@/lib/offsets/code-points";

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
