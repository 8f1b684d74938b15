import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { buildCodeTree, subtreeIds, type TreeCode } from "@/lib/codebook/code-tree";
import type { CorpusAgreementInput } from "@/lib/agreement/corpus-agreement";
import type { Db } from "../client";
import { annotations, assignments, codes, documents, speakers, users } from "../schema";
import { isDocumentVisible } from "./visible-documents";

export type AgreementFilter = {
  /** Count documents a coder has in progress as coded, not only submitted ones. */
  includeInProgress?: boolean;
  coders?: string[];
  codeIds?: number[];
  region?: string;
  country?: string;
  gender?: string;
  importBatchId?: number;
  /** Only coders' documents whose status last changed in this coding round (see assignments.round). */
  round?: number;
  /**
   * Only codings made in [from, to), ISO dates: a coder's document counts when they submitted it (or, in progress,
   * last changed it) in that range, with all its annotations. Dropping single annotations by date instead would count
   * an older annotation as "code absent".
   */
  from?: string;
  to?: string;
};

/** Where the figures came from, so a number in a report can be traced. */
export type AgreementProvenance = {
  annotations: number;
  coded_documents: number;
  latest_annotation_change: string | null;
  computed_at: string;
  filter: AgreementFilter;
};

/**
 * Loads the corpus agreement is computed on: the project's documents that at least one coder has submitted (or, with
 * `includeInProgress`, started), the coders who did, their annotations, and who coded what (a coder's values on a
 * document they did not code are missing, not "code absent").
 */
export function getAgreementInput(
  db: Db,
  { projectId, filter = {} }: { projectId: number; filter?: AgreementFilter },
): { input: Omit<CorpusAgreementInput, "unit">; provenance: AgreementProvenance } {
  const statuses = filter.includeInProgress ? (["submitted", "in_progress"] as const) : (["submitted"] as const);
  const conditions: SQL[] = [eq(documents.projectId, projectId), isDocumentVisible, inArray(assignments.status, [...statuses])];
  if (filter.coders?.length) conditions.push(inArray(users.login, filter.coders));
  if (filter.region) conditions.push(eq(speakers.region, filter.region));
  if (filter.country) conditions.push(eq(speakers.country, filter.country));
  if (filter.gender) conditions.push(eq(speakers.gender, filter.gender));
  if (filter.importBatchId) conditions.push(eq(documents.importBatchId, filter.importBatchId));
  if (filter.round) conditions.push(eq(assignments.round, filter.round));
  const codedAt = sql`coalesce(${assignments.submittedAt}, ${assignments.updatedAt})`;
  if (filter.from) conditions.push(sql`${codedAt} >= ${new Date(filter.from).getTime()}`);
  if (filter.to) conditions.push(sql`${codedAt} < ${new Date(filter.to).getTime()}`);

  const codedPairs = db
    .select({ documentId: assignments.documentId, coderId: assignments.coderId, login: users.login })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .innerJoin(users, eq(users.id, assignments.coderId))
    .leftJoin(speakers, eq(speakers.id, documents.speakerId))
    .where(and(...conditions))
    .all();

  const codersByDocument = new Map<number, string[]>();
  for (const pair of codedPairs) codersByDocument.set(pair.documentId, [...(codersByDocument.get(pair.documentId) ?? []), pair.login]);
  const documentIds = [...codersByDocument.keys()].sort((a, b) => a - b);
  const coderLogins = [...new Set(codedPairs.map((pair) => pair.login))].sort();
  const codedKeys = new Set(codedPairs.map((pair) => `${pair.documentId}:${pair.coderId}`));

  const documentRows = chunked(documentIds, (ids) =>
    db.select({ id: documents.id, text: documents.text }).from(documents).where(and(inArray(documents.id, ids), isDocumentVisible)).all(),
  ).sort((a, b) => a.id - b.id);
  const codeRows = selectCodes(
    db.select({ id: codes.id, name: codes.name, parentId: codes.parentId, position: codes.position }).from(codes).where(eq(codes.projectId, projectId)).all(),
    filter.codeIds,
  );
  const codeIds = new Set(codeRows.map((code) => code.id));

  const annotationRows = db
    .select({
      documentId: annotations.documentId,
      coderId: annotations.coderId,
      coder: users.login,
      codeId: annotations.codeId,
      start: annotations.start,
      end: annotations.end,
      updatedAt: annotations.updatedAt,
    })
    .from(annotations)
    .innerJoin(documents, eq(documents.id, annotations.documentId))
    .innerJoin(users, eq(users.id, annotations.coderId))
    .where(and(eq(documents.projectId, projectId), isDocumentVisible))
    .all()
    .filter((row) => codedKeys.has(`${row.documentId}:${row.coderId}`) && codeIds.has(row.codeId));

  const latest = annotationRows.reduce<number | null>((max, row) => Math.max(max ?? 0, row.updatedAt.getTime()), null);
  return {
    input: {
      documents: documentRows,
      coders: coderLogins,
      codes: codeRows.map(({ id, name, parentId }) => ({ id, name, parentId })),
      annotations: annotationRows.map(({ documentId, coder, codeId, start, end }) => ({ documentId, coder, codeId, start, end })),
      coded: documentIds.map((documentId) => ({ documentId, coders: codersByDocument.get(documentId)! })),
    },
    provenance: {
      annotations: annotationRows.length,
      coded_documents: documentIds.length,
      latest_annotation_change: latest === null ? null : new Date(latest).toISOString(),
      computed_at: new Date().toISOString(),
      filter,
    },
  };
}

/**
 * The codes agreement is computed for, in the codebook's display order: all of them, or the chosen ones with their
 * subtrees, since a parent's figure pools its descendants' codings.
 */
function selectCodes<C extends TreeCode>(rows: C[], chosen: number[] | undefined): C[] {
  const tree = buildCodeTree(rows);
  if (!chosen?.length) return tree.ordered.map((node) => node.code);
  const ids = new Set(chosen.flatMap((id) => subtreeIds(tree, id)));
  return tree.ordered.filter((node) => ids.has(node.code.id)).map((node) => node.code);
}

// SQLite bounds the number of parameters in one statement.
const CHUNK = 5_000;
function chunked<T>(ids: number[], load: (ids: number[]) => T[]): T[] {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) rows.push(...load(ids.slice(i, i + CHUNK)));
  return rows;
}
