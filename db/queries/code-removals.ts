import { and, eq } from "drizzle-orm";
import { buildCodeTree, isInSubtree } from "@/lib/codebook/code-tree";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { type Outcome, refused } from "../outcome";
import { type Annotation, annotations, type Code, codes, type ConsensusAnnotation, consensusAnnotations, setCodes, suggestions } from "../schema";
import { checkSiblingNames, countCodingsOfCode, getChildCodes, loadCode, renumberSiblings } from "./code-edits";

/**
 * Merging and deleting codes, the two edits that take a code out of the codebook with its codings. Both take the
 * caller's IMMEDIATE transaction, check before writing, audit every annotation they change or delete, and end with
 * one audit row of the code listing what moved or was deleted.
 */

export type MergePreview = { annotations: number; duplicates: number; consensus: number; consensusDuplicates: number };
export type MergeSummary = { target: Code; moved: number; collapsed: number; consensusMoved: number; consensusCollapsed: number; children: number[] };
export type DeleteSummary = { annotations: number; consensus: number; suggestions: number; children: number[] };

/** What merging `sourceId` into `targetId` would do to the codings, before the supervisor confirms it. */
export function previewMerge(db: Db | Tx, { projectId, sourceId, targetId }: { projectId: number; sourceId: number; targetId: number }): Outcome<MergePreview> {
  const pair = loadPair(db, { projectId, sourceId, targetId });
  if (!pair.ok) return pair;
  const moving = db.select().from(annotations).where(eq(annotations.codeId, sourceId)).all();
  const movingConsensus = db.select().from(consensusAnnotations).where(eq(consensusAnnotations.codeId, sourceId)).all();
  return {
    ok: true,
    value: {
      annotations: moving.length,
      duplicates: moving.filter((row) => findTwin(db, row, targetId)).length,
      consensus: movingConsensus.length,
      consensusDuplicates: movingConsensus.filter((row) => findConsensusTwin(db, row, targetId)).length,
    },
  };
}

/**
 * Merges code `sourceId` into `targetId`: the source's codings become the target's, and where a coder (or the
 * consensus) already has the same passage with the target, the two collapse into the target's, keeping both memos.
 * The source's sub-codes move under the target (or, when the target lies inside the source, up to the source's
 * parent); its sets now hold the target; the source is deleted.
 */
export function mergeCode(tx: Tx, { projectId, sourceId, targetId, actorId }: { projectId: number; sourceId: number; targetId: number; actorId: number }): Outcome<MergeSummary> {
  const pair = loadPair(tx, { projectId, sourceId, targetId });
  if (!pair.ok) return pair;
  const { source, target } = pair.value;
  const codings = countCodingsOfCode(tx, { codeId: sourceId });
  if (target.isGroup && codings.annotations + codings.consensus > 0) {
    return refused("bad_request", `"${target.name}" is a group and cannot be coded; merge into a code that can, or make it a code first.`);
  }
  const tree = buildCodeTree(tx.select({ id: codes.id, parentId: codes.parentId, position: codes.position }).from(codes).where(eq(codes.projectId, projectId)).all());
  const heir = isInSubtree(tree, sourceId, targetId) ? source.parentId : targetId;
  const children = adoptChildren(tx, { source, heir, actorId });
  if (!children.ok) return children;

  let moved = 0;
  let collapsed = 0;
  for (const row of tx.select().from(annotations).where(eq(annotations.codeId, sourceId)).all()) {
    const twin = findTwin(tx, row, targetId);
    if (twin) {
      collapseAnnotation(tx, { row, twin, projectId, actorId });
      collapsed++;
    } else {
      retagAnnotation(tx, { row, targetId, projectId, actorId });
      moved++;
    }
  }
  let consensusMoved = 0;
  let consensusCollapsed = 0;
  for (const row of tx.select().from(consensusAnnotations).where(eq(consensusAnnotations.codeId, sourceId)).all()) {
    const twin = findConsensusTwin(tx, row, targetId);
    if (twin) {
      collapseConsensus(tx, { row, twin, projectId, actorId });
      consensusCollapsed++;
    } else {
      retagConsensus(tx, { row, targetId, projectId, actorId });
      consensusMoved++;
    }
  }
  const retagged = tx.update(suggestions).set({ codeId: targetId }).where(eq(suggestions.codeId, sourceId)).returning().all();
  for (const after of retagged) {
    recordAudit(tx, { actorId, projectId, entity: "suggestion", entityId: after.id, action: "update", before: { codeId: sourceId }, after: { codeId: targetId } });
  }
  const suggestionsMoved = retagged.length;
  for (const { setId } of tx.select({ setId: setCodes.setId }).from(setCodes).where(eq(setCodes.codeId, sourceId)).all()) {
    tx.insert(setCodes).values({ setId, codeId: targetId }).onConflictDoNothing().run();
  }
  tx.delete(codes).where(eq(codes.id, sourceId)).run();
  const summary = { moved, collapsed, consensusMoved, consensusCollapsed, children: children.value };
  recordAudit(tx, { actorId, projectId, entity: "code", entityId: sourceId, action: "delete", before: source, after: { change: "merge", mergedInto: targetId, suggestionsMoved, ...summary } });
  return { ok: true, value: { target, ...summary } };
}

/**
 * Deletes a code with every coding of it (coders' annotations, consensus annotations and suggestions). Its sub-codes
 * are kept: they move up to its parent, in its place.
 */
export function deleteCode(tx: Tx, { projectId, codeId, actorId }: { projectId: number; codeId: number; actorId: number }): Outcome<DeleteSummary> {
  const loaded = loadCode(tx, { projectId, codeId });
  if (!loaded.ok) return loaded;
  const code = loaded.value;
  const children = adoptChildren(tx, { source: code, heir: code.parentId, actorId });
  if (!children.ok) return children;
  const deleted = tx.delete(annotations).where(eq(annotations.codeId, codeId)).returning().all();
  for (const row of deleted) recordAudit(tx, { actorId, projectId, entity: "annotation", entityId: row.id, action: "delete", before: row });
  const deletedConsensus = tx.delete(consensusAnnotations).where(eq(consensusAnnotations.codeId, codeId)).returning().all();
  for (const row of deletedConsensus) recordAudit(tx, { actorId, projectId, entity: "consensus_annotation", entityId: row.id, action: "delete", before: row });
  const deletedSuggestions = tx.delete(suggestions).where(eq(suggestions.codeId, codeId)).returning().all();
  for (const row of deletedSuggestions) recordAudit(tx, { actorId, projectId, entity: "suggestion", entityId: row.id, action: "delete", before: row });
  tx.delete(codes).where(eq(codes.id, codeId)).run();
  const summary = { annotations: deleted.length, consensus: deletedConsensus.length, suggestions: deletedSuggestions.length, children: children.value };
  recordAudit(tx, { actorId, projectId, entity: "code", entityId: codeId, action: "delete", before: code, after: { change: "delete", ...summary } });
  return { ok: true, value: summary };
}

function loadPair(db: Db | Tx, { projectId, sourceId, targetId }: { projectId: number; sourceId: number; targetId: number }) {
  if (sourceId === targetId) return refused("bad_request", "A code cannot be merged into itself; choose another code.");
  const source = loadCode(db, { projectId, codeId: sourceId });
  if (!source.ok) return source;
  const target = loadCode(db, { projectId, codeId: targetId });
  if (!target.ok) return target;
  return { ok: true, value: { source: source.value, target: target.value } } as const;
}

/**
 * Moves the sub-codes of `source` under `heir` (the top level when null). Under the source's own parent they take the
 * source's place; elsewhere they go last. Refused when one's name is taken there. Answers the ids moved.
 */
function adoptChildren(tx: Tx, { source, heir, actorId }: { source: Code; heir: number | null; actorId: number }): Outcome<number[]> {
  const projectId = source.projectId;
  const children = getChildCodes(tx, { projectId, parentId: source.id });
  if (children.length === 0) return { ok: true, value: [] };
  const clash = checkSiblingNames(tx, { projectId, parentId: heir, names: children.map((child) => child.name), except: [source.id] });
  if (clash) return clash;
  const stay = getChildCodes(tx, { projectId, parentId: heir }).filter((code) => code.id !== source.id);
  const at = heir === source.parentId ? stay.findIndex((code) => code.position > source.position) : -1;
  const ordered = at < 0 ? [...stay, ...children] : [...stay.slice(0, at), ...children, ...stay.slice(at)];
  tx.update(codes).set({ parentId: heir, updatedAt: new Date() }).where(eq(codes.parentId, source.id)).run();
  renumberSiblings(tx, ordered);
  for (const child of children) {
    const after = { change: "move", parentId: heir, position: ordered.indexOf(child) };
    recordAudit(tx, { actorId, projectId, entity: "code", entityId: child.id, action: "update", before: { change: "move", parentId: source.id, position: child.position }, after });
  }
  return { ok: true, value: children.map((child) => child.id) };
}

function findTwin(db: Db | Tx, row: Annotation, codeId: number): Annotation | undefined {
  const { documentId, coderId, start, end } = row;
  return db
    .select()
    .from(annotations)
    .where(and(eq(annotations.documentId, documentId), eq(annotations.coderId, coderId), eq(annotations.start, start), eq(annotations.end, end), eq(annotations.codeId, codeId)))
    .get();
}

function findConsensusTwin(db: Db | Tx, row: ConsensusAnnotation, codeId: number): ConsensusAnnotation | undefined {
  const { documentId, start, end } = row;
  return db
    .select()
    .from(consensusAnnotations)
    .where(and(eq(consensusAnnotations.documentId, documentId), eq(consensusAnnotations.start, start), eq(consensusAnnotations.end, end), eq(consensusAnnotations.codeId, codeId)))
    .get();
}

/** Both memos, once each, so collapsing two codings of a passage loses no note. */
function joinMemos(kept: string, dropped: string): string {
  if (dropped === "" || dropped === kept) return kept;
  return kept === "" ? dropped : `${kept}\n\n${dropped}`;
}

type Retag<R> = { row: R; projectId: number; actorId: number };

function collapseAnnotation(tx: Tx, { row, twin, projectId, actorId }: Retag<Annotation> & { twin: Annotation }): void {
  const memo = joinMemos(twin.memo, row.memo);
  if (memo !== twin.memo) {
    const after = tx.update(annotations).set({ memo, updatedAt: new Date() }).where(eq(annotations.id, twin.id)).returning().get();
    recordAudit(tx, { actorId, projectId, entity: "annotation", entityId: twin.id, action: "update", before: twin, after });
  }
  tx.delete(annotations).where(eq(annotations.id, row.id)).run();
  recordAudit(tx, { actorId, projectId, entity: "annotation", entityId: row.id, action: "delete", before: row, after: { collapsedInto: twin.id } });
}

function retagAnnotation(tx: Tx, { row, targetId, projectId, actorId }: Retag<Annotation> & { targetId: number }): void {
  const after = tx.update(annotations).set({ codeId: targetId, updatedAt: new Date() }).where(eq(annotations.id, row.id)).returning().get();
  recordAudit(tx, { actorId, projectId, entity: "annotation", entityId: row.id, action: "update", before: row, after });
}

function collapseConsensus(tx: Tx, { row, twin, projectId, actorId }: Retag<ConsensusAnnotation> & { twin: ConsensusAnnotation }): void {
  const memo = joinMemos(twin.memo, row.memo);
  if (memo !== twin.memo) {
    const after = tx.update(consensusAnnotations).set({ memo, updatedAt: new Date() }).where(eq(consensusAnnotations.id, twin.id)).returning().get();
    recordAudit(tx, { actorId, projectId, entity: "consensus_annotation", entityId: twin.id, action: "update", before: twin, after });
  }
  tx.delete(consensusAnnotations).where(eq(consensusAnnotations.id, row.id)).run();
  recordAudit(tx, { actorId, projectId, entity: "consensus_annotation", entityId: row.id, action: "delete", before: row, after: { collapsedInto: twin.id } });
}

function retagConsensus(tx: Tx, { row, targetId, projectId, actorId }: Retag<ConsensusAnnotation> & { targetId: number }): void {
  const after = tx.update(consensusAnnotations).set({ codeId: targetId, updatedAt: new Date() }).where(eq(consensusAnnotations.id, row.id)).returning().get();
  recordAudit(tx, { actorId, projectId, entity: "consensus_annotation", entityId: row.id, action: "update", before: row, after });
}
