import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { buildCodeTree, isInSubtree } from "@/lib/codebook/code-tree";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { type Outcome, refused } from "../outcome";
import { annotations, type Code, codes, consensusAnnotations } from "../schema";

/**
 * The codebook's tree edits: add, move or reorder, key and group. Each takes the transaction the caller opened
 * (IMMEDIATE, since each reads then writes), checks everything before it writes, and audits the code it changes.
 * A code's `position` orders it among its siblings only.
 */

export type NewCode = { projectId: number; parentId: number | null; name: string; label: string; color: string };

/** A code of the project by id, or a refusal naming what is missing. */
export function loadCode(tx: Db | Tx, { projectId, codeId }: { projectId: number; codeId: number }): Outcome<Code> {
  const code = tx.select().from(codes).where(and(eq(codes.projectId, projectId), eq(codes.id, codeId))).get();
  return code ? { ok: true, value: code } : refused("not_found", `Code ${codeId} is not in this project's codebook.`);
}

/** The children of a parent (the top level when null), in sibling order. */
export function getChildCodes(tx: Db | Tx, { projectId, parentId }: { projectId: number; parentId: number | null }): Code[] {
  const under = parentId === null ? isNull(codes.parentId) : eq(codes.parentId, parentId);
  return tx.select().from(codes).where(and(eq(codes.projectId, projectId), under)).orderBy(codes.position, codes.id).all();
}

/** A refusal when one of `names` is taken under `parentId` by a code other than those in `except`. */
export function checkSiblingNames(tx: Tx, { projectId, parentId, names, except }: { projectId: number; parentId: number | null; names: string[]; except: number[] }) {
  const taken = new Set(getChildCodes(tx, { projectId, parentId }).filter((code) => !except.includes(code.id)).map((code) => code.name));
  const clash = names.find((name) => taken.has(name));
  if (clash === undefined) return undefined;
  const where = parentId === null ? "at the top of the codebook" : "under the same parent";
  return refused("conflict", `Another code ${where} is named "${clash}"; rename one of them first.`);
}

/** Gives the siblings the positions 0, 1, 2… in the order given, writing only the rows whose position changes. */
export function renumberSiblings(tx: Tx, ordered: Pick<Code, "id" | "position">[]): void {
  ordered.forEach(({ id, position }, index) => {
    if (position !== index) tx.update(codes).set({ position: index }).where(eq(codes.id, id)).run();
  });
}

/** Adds a code at the end of its parent's children (the top level when `parentId` is null). */
export function createCode(tx: Tx, { code, actorId }: { code: NewCode; actorId: number }): Outcome<Code> {
  if (code.parentId !== null) {
    const parent = loadCode(tx, { projectId: code.projectId, codeId: code.parentId });
    if (!parent.ok) return parent;
  }
  const clash = checkSiblingNames(tx, { projectId: code.projectId, parentId: code.parentId, names: [code.name], except: [] });
  if (clash) return clash;
  const under = code.parentId === null ? isNull(codes.parentId) : eq(codes.parentId, code.parentId);
  const last = tx
    .select({ position: sql<number | null>`max(${codes.position})` })
    .from(codes)
    .where(and(eq(codes.projectId, code.projectId), under))
    .get();
  const created = tx
    .insert(codes)
    .values({ ...code, position: (last?.position ?? -1) + 1 })
    .returning()
    .get();
  recordAudit(tx, { actorId, projectId: code.projectId, entity: "code", entityId: created.id, action: "create", after: created });
  return { ok: true, value: created };
}

/**
 * Moves a code with its subtree under `parentId` (the top level when null), before the sibling `beforeId` or last
 * when that is null. Reordering is a move under the same parent. Refused under the code itself or a descendant.
 */
export function moveCode(
  tx: Tx,
  { projectId, codeId, parentId, beforeId, actorId }: { projectId: number; codeId: number; parentId: number | null; beforeId: number | null; actorId: number },
): Outcome<Code> {
  const loaded = loadCode(tx, { projectId, codeId });
  if (!loaded.ok) return loaded;
  const code = loaded.value;
  if (parentId !== null) {
    const parent = loadCode(tx, { projectId, codeId: parentId });
    if (!parent.ok) return parent;
    const tree = buildCodeTree(tx.select({ id: codes.id, parentId: codes.parentId, position: codes.position }).from(codes).where(eq(codes.projectId, projectId)).all());
    if (isInSubtree(tree, codeId, parentId)) return refused("bad_request", `"${code.name}" cannot move under itself or one of its own sub-codes.`);
  }
  if (parentId !== code.parentId) {
    const clash = checkSiblingNames(tx, { projectId, parentId, names: [code.name], except: [codeId] });
    if (clash) return clash;
  }
  const current = getChildCodes(tx, { projectId, parentId });
  const siblings = current.filter((sibling) => sibling.id !== codeId);
  const at = beforeId === null ? siblings.length : siblings.findIndex((sibling) => sibling.id === beforeId);
  if (at < 0) return refused("bad_request", `Code ${beforeId} is not a sibling at the place "${code.name}" moves to.`);
  const ordered = [...siblings.slice(0, at), code, ...siblings.slice(at)];
  // A drop back where the code was changes nothing and is not a change to audit.
  if (parentId === code.parentId && ordered.every((row, index) => row.id === current[index]!.id)) return { ok: true, value: code };
  if (parentId !== code.parentId) tx.update(codes).set({ parentId, updatedAt: new Date() }).where(eq(codes.id, codeId)).run();
  renumberSiblings(tx, ordered);
  const after = tx.select().from(codes).where(eq(codes.id, codeId)).get()!;
  recordAudit(tx, {
    actorId,
    projectId,
    entity: "code",
    entityId: codeId,
    action: "update",
    before: { change: "move", parentId: code.parentId, position: code.position },
    after: { change: "move", parentId: after.parentId, position: after.position },
  });
  return { ok: true, value: after };
}

/**
 * Sets a code's keyboard key (unique in the project; null for none) and whether it is a group. A code that carries
 * codings cannot become a group: a group cannot be coded, so its codings would stand on nothing.
 */
export function updateCodeKeyAndGroup(
  tx: Tx,
  { projectId, codeId, shortcut, isGroup, actorId }: { projectId: number; codeId: number; shortcut: string | null; isGroup: boolean; actorId: number },
): Outcome<Code> {
  const loaded = loadCode(tx, { projectId, codeId });
  if (!loaded.ok) return loaded;
  const code = loaded.value;
  if (shortcut !== null) {
    const holder = tx.select().from(codes).where(and(eq(codes.projectId, projectId), eq(codes.shortcut, shortcut), ne(codes.id, codeId))).get();
    if (holder) return refused("conflict", `Key ${shortcut} already codes "${holder.name}"; clear it there first.`);
  }
  if (isGroup && !code.isGroup) {
    const codings = countCodingsOfCode(tx, { codeId });
    if (codings.annotations + codings.consensus > 0) {
      return refused("conflict", `"${code.name}" carries ${codings.annotations + codings.consensus} codings; merge them into another code before making it a group.`);
    }
  }
  const after = tx.update(codes).set({ shortcut, isGroup, updatedAt: new Date() }).where(eq(codes.id, codeId)).returning().get();
  recordAudit(tx, {
    actorId,
    projectId,
    entity: "code",
    entityId: codeId,
    action: "update",
    before: { change: "key-and-group", shortcut: code.shortcut, isGroup: code.isGroup },
    after: { change: "key-and-group", shortcut: after.shortcut, isGroup: after.isGroup },
  });
  return { ok: true, value: after };
}

/** How many coder annotations and consensus annotations carry one code. */
export function countCodingsOfCode(tx: Db | Tx, { codeId }: { codeId: number }): { annotations: number; consensus: number } {
  const count = sql<number>`count(*)`;
  return {
    annotations: tx.select({ count }).from(annotations).where(eq(annotations.codeId, codeId)).get()!.count,
    consensus: tx.select({ count }).from(consensusAnnotations).where(eq(consensusAnnotations.codeId, codeId)).get()!.count,
  };
}
