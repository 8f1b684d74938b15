import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { annotations, assignments, documents, users } from "@/db/schema";

/** Who holds what in a project after an import: each annotation's coder and memo, each assignment's coder and status. */
export function importedWorkOf(projectId: number) {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  return {
    annotations: db
      .select({ login: users.login, memo: annotations.memo })
      .from(annotations)
      .innerJoin(users, eq(users.id, annotations.coderId))
      .innerJoin(documents, eq(documents.id, annotations.documentId))
      .where(eq(documents.projectId, projectId))
      .all()
      .map(({ login, memo }) => `${login}: ${memo}`),
    assignments: db
      .select({ login: users.login, status: assignments.status, title: documents.title })
      .from(assignments)
      .innerJoin(users, eq(users.id, assignments.coderId))
      .innerJoin(documents, eq(documents.id, assignments.documentId))
      .where(eq(documents.projectId, projectId))
      .all()
      .map(({ login, status, title }) => `${title}: ${login} ${status}`)
      .sort(),
  };
}
