import { hashPassword } from "@/lib/auth/password";
import { prepareStatement } from "@/lib/import/prepare-statement";
import { codePointLength } from "@/lib/offsets/code-points";
import type { Db } from "../client";
import { insertAssignments, insertDocument } from "../queries/documents";
import { insertProjectWithDefaultCodebook, upsertMember } from "../queries/projects";
import { insertUser } from "../queries/users";
import { speakers, users } from "../schema";
import { demoSpeakers, demoStatements, FICTIONAL_NOTE } from "./demo-corpus";
import { insertDemoCodings } from "./seed-demo-codings";

export const DEMO_PASSWORD = "demo";
export const DEMO_PROJECT_NAME = "Demo: defector statements";
export const DEMO_ACCOUNTS = [
  { login: "admin", displayName: "Demo administrator", role: "admin", projectRole: null },
  { login: "supervisor", displayName: "Demo supervisor", role: "member", projectRole: "supervisor" },
  { login: "coder1", displayName: "Demo coder 1", role: "member", projectRole: "coder" },
  { login: "coder2", displayName: "Demo coder 2", role: "member", projectRole: "coder" },
  { login: "coder3", displayName: "Demo coder 3", role: "member", projectRole: "coder" },
] as const;
export const DEMO_LOGINS = DEMO_ACCOUNTS.map((account) => account.login);

/**
 * Fills an empty database with demo accounts, the demo project with the default codebook and the demo corpus, every
 * coder assigned every statement. Does nothing when any user exists, so it never touches a database in use.
 */
export async function seedDemo(db: Db): Promise<"seeded" | "not empty"> {
  if (db.select({ id: users.id }).from(users).limit(1).get()) return "not empty";
  // Hash before the transaction: better-sqlite3 transactions must be synchronous.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  db.transaction(
    (tx) => {
      const project = insertProjectWithDefaultCodebook(tx, {
        name: DEMO_PROJECT_NAME,
        description: "Fictional statements of people who left the group, for trying the app. Every text is invented.",
        actorId: null,
      });
      const coderIds: number[] = [];
      for (const account of DEMO_ACCOUNTS) {
        const user = insertUser(tx, { login: account.login, displayName: account.displayName, passwordHash, role: account.role });
        if (account.projectRole) upsertMember(tx, { projectId: project.id, userId: user.id, role: account.projectRole, actorId: null });
        if (account.projectRole === "coder") coderIds.push(user.id);
      }
      const speakerIds = new Map<string, number>();
      for (const speaker of demoSpeakers) {
        const row = tx
          .insert(speakers)
          .values({ ...speaker, projectId: project.id, notes: FICTIONAL_NOTE })
          .returning()
          .get();
        speakerIds.set(speaker.alias, row.id);
      }
      const documentIds = demoStatements.map((statement) => {
        const prepared = prepareStatement(statement.title, statement.text);
        return insertDocument(tx, {
          actorId: null,
          values: {
            projectId: project.id,
            speakerId: speakerIds.get(statement.speaker) ?? null,
            title: prepared.title,
            text: prepared.text,
            contentHash: prepared.contentHash,
            length: codePointLength(prepared.text),
            language: statement.language,
            direction: prepared.direction,
            statementDate: statement.statementDate,
            sourceName: statement.sourceName,
            notes: FICTIONAL_NOTE,
          },
        }).id;
      });
      insertAssignments(tx, { projectId: project.id, documentIds, coderIds, actorId: null });
      insertDemoCodings(tx, { projectId: project.id, coderIds });
    },
    { behavior: "immediate" },
  );
  return "seeded";
}
