import { and, eq, sql } from "drizzle-orm";
import { remarkOriginal } from "@/lib/analysis/fold-arabic-for-search";
import { HIT_CLOSE, HIT_OPEN } from "@/lib/analysis/highlighted-hits";
import type { Db } from "../client";
import { documents, type ProjectRole } from "../schema";
import { getAssignedDocumentsByCoder } from "./documents";
import { isDocumentVisible, isVisibleImport } from "./visible-documents";

const visible = isVisibleImport(sql.raw("d.import_batch_id"));

export type SearchedStatement = {
  id: number;
  title: string;
  statementDate: string | null;
  speakerAlias: string | null;
  /** The statement's text with each hit between HIT_OPEN and HIT_CLOSE. */
  marked: string;
};

/**
 * The statements a member's search may reach, narrowed to `statementIds` when given: a coder's only those assigned to
 * them, so that even a shared analysis shows no passage of a statement a coder is not coding (blind coding).
 */
export function getSearchableStatementIds(
  db: Db,
  { projectId, reader, statementIds }: { projectId: number; reader: { id: number; role: ProjectRole }; statementIds: readonly number[] | null },
): readonly number[] | null {
  if (reader.role !== "coder") return statementIds;
  const assigned = getAssignedDocumentsByCoder(db, { coderId: reader.id, projectId }).map((document) => document.id);
  if (!statementIds) return assigned;
  const narrowed = new Set(statementIds);
  return assigned.filter((id) => narrowed.has(id));
}

/**
 * Statements of the project matching an FTS5 expression (see lib/analysis/build-fts-query.ts), narrowed to
 * `statementIds` when filters select some: how many match, and the first `limit` in the order they were added, hits
 * marked. Only those are highlighted, so a common word stays fast. The count intersects the index's matches with the
 * statements in memory, and the narrowing is kept away from the index (the unary +): asked for rowids in a list, FTS5
 * evaluates the expression once per rowid. The index holds the text with Arabic folded, marks dropped and letter
 * variants made one (drizzle/0009_documents_fts_arabic_letters.sql), so its hits are carried back onto the stored text.
 */
export function searchStatements(
  db: Db,
  { projectId, match, limit, statementIds }: { projectId: number; match: string; limit: number; statementIds: readonly number[] | null },
) {
  const allowed = new Set(statementIds ?? db.select({ id: documents.id }).from(documents).where(and(eq(documents.projectId, projectId), isDocumentVisible)).all().map((row) => row.id));
  const matching = db.all<{ id: number }>(sql`SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ${match}`);
  const total = matching.filter((row) => allowed.has(row.id)).length;
  const narrowed = statementIds ? sql`AND +d.id IN (SELECT value FROM json_each(${JSON.stringify(statementIds)}))` : sql``;
  const rows = db.all<SearchedStatement & { text: string }>(sql`
    SELECT d.id AS id, d.title AS title, d.statement_date AS statementDate, s.alias AS speakerAlias, d.text AS text,
      highlight(documents_fts, 1, ${HIT_OPEN}, ${HIT_CLOSE}) AS marked
    FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid LEFT JOIN speakers s ON s.id = d.speaker_id
    WHERE documents_fts MATCH ${match} AND d.project_id = ${projectId} AND ${visible} ${narrowed}
    ORDER BY documents_fts.rowid LIMIT ${limit}`);
  return { total, rows: rows.map(({ text, marked, ...row }) => ({ ...row, marked: remarkOriginal(marked, text) })) };
}

/** Every matching statement of the project (of `statementIds` when given) with its hits marked, for coding all hits. */
export function getAllSearchHits(db: Db, { projectId, match, statementIds }: { projectId: number; match: string; statementIds: readonly number[] | null }) {
  const narrowed = statementIds ? sql`AND +d.id IN (SELECT value FROM json_each(${JSON.stringify(statementIds)}))` : sql``;
  const rows = db.all<{ id: number; text: string; marked: string }>(sql`
    SELECT d.id AS id, d.text AS text, highlight(documents_fts, 1, ${HIT_OPEN}, ${HIT_CLOSE}) AS marked
    FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
    WHERE documents_fts MATCH ${match} AND d.project_id = ${projectId} AND ${visible} ${narrowed}
    ORDER BY documents_fts.rowid`);
  return rows.map(({ id, text, marked }) => ({ id, marked: remarkOriginal(marked, text) }));
}
