import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { insertUser } from "@/db/queries/users";
import { seedDemo } from "@/db/seed/seed-demo";
import { hashPassword } from "@/lib/auth/password";
import { seededRandom } from "../generate-long-statement";
import { type AgreementProject, generateAgreementProject } from "./generate-agreement-project";
import { type ExportProject, generateExportProject } from "./generate-export-project";

export const BENCH_PASSWORD = "isolation-bench";
export const SUPERVISOR_LOGIN = "iso-supervisor";
const CODERS = 10;
const AGREEMENT_CODERS = 3;

export type BenchDatabase = {
  supervisorLogin: string;
  coderLogins: string[];
  agreement: AgreementProject;
  export: ExportProject;
  /** An empty project the three files are imported into, so neither the export nor the agreement changes meanwhile. */
  importProjectId: number;
};

/**
 * A new database at `databasePath`, migrated and seeded with the demo as `npm start` seeds it, plus the bench's
 * accounts (password BENCH_PASSWORD) and projects: the 750-code agreement project coded by three coders who
 * submitted, the 100,000-annotation export project the ten bench coders work in, and an empty project for imports.
 * The iso-supervisor supervises all three.
 */
export async function prepareBenchDatabase(databasePath: string): Promise<BenchDatabase> {
  const db = openDatabase(databasePath);
  try {
    runMigrations(db);
    await seedDemo(db);
    // Hashed before the transaction: better-sqlite3 transactions must be synchronous.
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const random = seededRandom(2025);
    return db.transaction(
      (tx) => {
        const account = (login: string) => insertUser(tx, { login, displayName: login, passwordHash, role: "member" }).id;
        const supervisorId = account(SUPERVISOR_LOGIN);
        const coderLogins = Array.from({ length: CODERS }, (_, i) => `iso-coder-${i + 1}`);
        const agreementCoderIds = Array.from({ length: AGREEMENT_CODERS }, (_, i) => account(`iso-agreement-coder-${i + 1}`));
        const agreement = generateAgreementProject(tx, { name: "Isolation bench: 750 codes", supervisorId, coderIds: agreementCoderIds, random });
        const exported = generateExportProject(tx, { name: "Isolation bench: 100,000 annotations", supervisorId, coderIds: coderLogins.map(account), random });
        const importProjectId = insertProjectWithDefaultCodebook(tx, { name: "Isolation bench: imports", description: "", actorId: null }).id;
        upsertMember(tx, { projectId: importProjectId, userId: supervisorId, role: "supervisor", actorId: null });
        return { supervisorLogin: SUPERVISOR_LOGIN, coderLogins, agreement, export: exported, importProjectId };
      },
      { behavior: "immediate" },
    );
  } finally {
    db.$client.close();
  }
}
