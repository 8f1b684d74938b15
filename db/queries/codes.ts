import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { type Code, codes } from "../schema";

/** A project's codebook in its order. */
export function getCodesByProject(db: Db | Tx, { projectId }: { projectId: number }): Code[] {
  return db.select().from(codes).where(eq(codes.projectId, projectId)).orderBy(asc(codes.position), asc(codes.id)).all();
}

/** A code of the project named by its id, or by its name or short label (ignoring case). */
export function findCodeOfProject(db: Db | Tx, { projectId, code }: { projectId: number; code: number | string }): Code | undefined {
  if (typeof code === "number") return db.select().from(codes).where(and(eq(codes.projectId, projectId), eq(codes.id, code))).get();
  const wanted = code.trim().toLowerCase();
  return getCodesByProject(db, { projectId }).find((row) => row.name.toLowerCase() === wanted || row.label.toLowerCase() === wanted);
}
