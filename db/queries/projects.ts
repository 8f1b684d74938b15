import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { defaultCodebook } from "@/lib/codebook/default-codebook";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { codes, type Project, type ProjectRole, projectMembers, projects, users } from "../schema";

/** The project's current coding round, as a value inside an insert or update of the same statement. */
export function currentRoundOf(projectId: number): SQL<number> {
  return sql<number>`(SELECT ${projects.round} FROM ${projects} WHERE ${projects.id} = ${projectId})`;
}

export type ProjectWithRole = { id: number; name: string; description: string; role: ProjectRole };

export function getProjectsByMember(db: Db, { userId }: { userId: number }): ProjectWithRole[] {
  return db
    .select({ id: projects.id, name: projects.name, description: projects.description, role: projectMembers.role })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(eq(projectMembers.userId, userId))
    .orderBy(asc(projects.name))
    .all();
}

export function getProjects(db: Db): Project[] {
  return db.select().from(projects).orderBy(asc(projects.name)).all();
}

export function getProjectById(db: Db | Tx, { id }: { id: number }): Project | undefined {
  return db.select().from(projects).where(eq(projects.id, id)).get();
}

export function getProjectByName(db: Db | Tx, { name }: { name: string }): Project | undefined {
  return db.select().from(projects).where(eq(projects.name, name)).get();
}

export function getMembership(db: Db | Tx, { projectId, userId }: { projectId: number; userId: number }) {
  return db
    .select()
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
    .get();
}

export function getMembersByProject(db: Db, { projectId }: { projectId: number }) {
  return db
    .select({ userId: users.id, login: users.login, displayName: users.displayName, disabled: users.disabled, role: projectMembers.role })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(asc(projectMembers.role), asc(users.login))
    .all();
}

/** Creates a project with an empty codebook, audited (for a file that brings its own codes). */
export function insertProject(tx: Tx, { name, description, actorId }: { name: string; description: string; actorId: number | null }): Project {
  const project = tx.insert(projects).values({ name, description }).returning().get();
  recordAudit(tx, { actorId, projectId: project.id, entity: "project", entityId: project.id, action: "create", after: project });
  return project;
}

/** Creates a project with the default four-narrative codebook, audited. Call inside a transaction. */
export function insertProjectWithDefaultCodebook(
  tx: Tx,
  { name, description, actorId }: { name: string; description: string; actorId: number | null },
): Project {
  const project = insertProject(tx, { name, description, actorId });
  defaultCodebook.forEach((entry, position) => {
    const code = tx
      .insert(codes)
      .values({ ...entry, projectId: project.id, position })
      .returning()
      .get();
    recordAudit(tx, { actorId, projectId: project.id, entity: "code", entityId: code.id, action: "create", after: code });
  });
  return project;
}

export function upsertMember(
  tx: Tx,
  { projectId, userId, role, actorId }: { projectId: number; userId: number; role: ProjectRole; actorId: number | null },
): void {
  const before = getMembership(tx, { projectId, userId });
  tx.insert(projectMembers)
    .values({ projectId, userId, role })
    .onConflictDoUpdate({ target: [projectMembers.projectId, projectMembers.userId], set: { role } })
    .run();
  recordAudit(tx, {
    actorId,
    projectId,
    entity: "member",
    entityId: userId,
    action: before ? "update" : "create",
    before: before ?? null,
    after: { projectId, userId, role },
  });
}

export function deleteMember(tx: Tx, { projectId, userId, actorId }: { projectId: number; userId: number; actorId: number }): boolean {
  const before = getMembership(tx, { projectId, userId });
  if (!before) return false;
  tx.delete(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
    .run();
  recordAudit(tx, { actorId, projectId, entity: "member", entityId: userId, action: "delete", before });
  return true;
}
