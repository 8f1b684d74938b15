import { and, desc, eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { auditLog, type Code, codes, type Project, projects, users } from "../schema";

type RoundChange = Partial<Pick<Project, "round" | "roundLocked" | "annotationsRevealed" | "analysisShared" | "suggestionsVisible">>;

/** Changes a project's round flags, audited with before and after. */
export function updateProjectSettings(tx: Tx, { projectId, change, actorId }: { projectId: number; change: RoundChange; actorId: number }): Project {
  const before = tx.select().from(projects).where(eq(projects.id, projectId)).get()!;
  const after = tx
    .update(projects)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(projects.id, projectId))
    .returning()
    .get();
  const fields = Object.keys(change) as (keyof RoundChange)[];
  recordAudit(tx, {
    actorId,
    projectId,
    entity: "project",
    entityId: projectId,
    action: "update",
    before: Object.fromEntries(fields.map((field) => [field, before[field]])),
    after: Object.fromEntries(fields.map((field) => [field, after[field]])),
  });
  return after;
}

export type CodeWording = Pick<Code, "name" | "label" | "definition" | "inclusion" | "exclusion" | "example" | "color">;

/**
 * Revises a code's wording. The audit row keeps the old and new wording with the date and the project's round, so
 * agreement before and after the revision can be compared.
 */
export function updateCodeWording(tx: Tx, { code, wording, round, actorId }: { code: Code; wording: CodeWording; round: number; actorId: number }): Code {
  const after = tx
    .update(codes)
    .set({ ...wording, updatedAt: new Date() })
    .where(eq(codes.id, code.id))
    .returning()
    .get();
  recordAudit(tx, { actorId, projectId: code.projectId, entity: "code", entityId: code.id, action: "update", before: { ...code, round }, after: { ...after, round } });
  return after;
}

/** When each code's wording was revised, newest first, with the round it was revised in. */
export function getCodeRevisions(db: Db, { projectId }: { projectId: number }) {
  return db
    .select({ at: auditLog.at, codeId: auditLog.entityId, before: auditLog.before, after: auditLog.after, actor: users.login })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    // Moves, keys and groups are audited as code updates too, marked with a `change`; they are not revisions of wording.
    .where(and(eq(auditLog.projectId, projectId), eq(auditLog.entity, "code"), eq(auditLog.action, "update"), sql`json_extract(${auditLog.after}, '$.change') is null`))
    .orderBy(desc(auditLog.at))
    .all()
    .map((row) => ({
      at: row.at,
      codeId: row.codeId,
      actor: row.actor,
      round: (row.after as { round?: number } | null)?.round ?? null,
      before: row.before as CodeWording | null,
      after: row.after as CodeWording | null,
    }));
}
