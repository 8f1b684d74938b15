import { existsSync } from "node:fs";
import { type Db, getDatabasePath, openDatabase } from "@/db/client";
import { getProjectByName } from "@/db/queries/projects";
import type { Project } from "@/db/schema";

/**
 * The database at DATABASE_URL and the project a command names, or the one line saying why not (no file, not
 * migrated, no such project): what every read-only command checks before its work.
 */
export function openProjectByName(name: string): { ok: true; db: Db; project: Project } | { ok: false; error: string } {
  const file = getDatabasePath();
  if (!existsSync(file)) return { ok: false, error: `no database at ${file}; set DATABASE_URL to the SQLite file` };
  const db = openDatabase(file);
  if (!db.$client.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'projects'").get()) {
    return { ok: false, error: `the database at ${file} has no tables; run npm run db:migrate first` };
  }
  const project = getProjectByName(db, { name });
  return project ? { ok: true, db, project } : { ok: false, error: `unknown project "${name}"` };
}
