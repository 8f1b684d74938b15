import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { refused } from "../outcome";
import { annotations, type Code, codes, consensusAnnotations } from "../schema";

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

/** A group organises the codebook; coding with it would hide which of its codes was meant. */
export function groupCode(code: Code) {
  return refused("bad_request", `"${code.name}" is a group of codes and cannot be coded; choose one of its codes.`);
}

/** What the codebook tree shows of a code: no wording, so the page stays small with hundreds of codes. */
export type CodebookRow = Pick<Code, "id" | "parentId" | "position" | "name" | "label" | "color" | "shortcut" | "isGroup"> & { annotations: number; consensus: number };

/** The project's codes for the codebook tree, each with how many coder and consensus annotations carry it. */
export function getCodebookRows(db: Db | Tx, { projectId }: { projectId: number }): CodebookRow[] {
  const count = sql<number>`count(*)`;
  const coded = (table: typeof annotations | typeof consensusAnnotations) =>
    new Map(
      db
        .select({ codeId: table.codeId, count })
        .from(table)
        .innerJoin(codes, eq(codes.id, table.codeId))
        .where(eq(codes.projectId, projectId))
        .groupBy(table.codeId)
        .all()
        .map((row) => [row.codeId, row.count]),
    );
  const byCoders = coded(annotations);
  const inConsensus = coded(consensusAnnotations);
  return db
    .select({ id: codes.id, parentId: codes.parentId, position: codes.position, name: codes.name, label: codes.label, color: codes.color, shortcut: codes.shortcut, isGroup: codes.isGroup })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .all()
    .map((row) => ({ ...row, annotations: byCoders.get(row.id) ?? 0, consensus: inConsensus.get(row.id) ?? 0 }));
}
