import path from "node:path";
import { eq } from "drizzle-orm";
import { type Db, openDatabase } from "@/db/client";
import { getCodesByProject } from "@/db/queries/codes";
import { getUserByLogin, insertUser } from "@/db/queries/users";
import { annotations, projects, suggestionDecisions, suggestions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

/** Direct access to the running app's temporary database, for the accounts and codings the attacks need. */
function withDb<T>(action: (db: Db) => T): T {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  try {
    return action(db);
  } finally {
    db.$client.close();
  }
}

export async function plantUser(login: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  withDb((db) => insertUser(db, { login, displayName: `Test ${login}`, passwordHash, role: "member" }));
}

export function setDisabled(login: string, disabled: boolean): void {
  withDb((db) => db.update(users).set({ disabled }).where(eq(users.login, login)).run());
}

export function shareAnalysis(projectId: number): void {
  withDb((db) => db.update(projects).set({ analysisShared: true }).where(eq(projects.id, projectId)).run());
}

/** A suggestion on the document that `decidedBy` accepted: a decision other coders must not learn of. */
export function plantDecidedSuggestion({ projectId, documentId, decidedBy }: { projectId: number; documentId: number; decidedBy: string }): void {
  withDb((db) =>
    db.transaction((tx) => {
      const codeId = getCodesByProject(tx, { projectId })[0]!.id;
      const supervisorId = getUserByLogin(tx, { login: "supervisor" })!.id;
      const suggestion = tx.insert(suggestions).values({ documentId, codeId, start: 0, end: 5, quote: "", origin: "planted", createdById: supervisorId }).returning().get();
      tx.insert(suggestionDecisions).values({ suggestionId: suggestion.id, coderId: getUserByLogin(tx, { login: decidedBy })!.id, decision: "accepted" }).run();
    }),
  );
}

/** An annotation of `login` on the document's first five characters, its assignment left as it is (not submitted). */
export function plantAnnotationOf({ projectId, documentId, login, quote }: { projectId: number; documentId: number; login: string; quote: string }): number {
  return withDb((db) => {
    const codeId = getCodesByProject(db, { projectId })[0]!.id;
    const coderId = getUserByLogin(db, { login })!.id;
    return db.insert(annotations).values({ documentId, coderId, codeId, start: 0, end: [...quote].length, quote }).returning().get().id;
  });
}
