import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { union } from "drizzle-orm/sqlite-core";
import { type QuoteItem, toQuoteItem } from "@/lib/analysis/quote-item";
import { fail, ok, type Result } from "@/lib/analysis/result";
import type { AnalysisRequest } from "@/lib/analysis/parse-analysis-request";
import { type CorpusSelection, hasFilters, selectCorpus } from "@/lib/analysis/select-corpus";
import type { AnalysisCorpus, AnalysisFilters, AnalysisSource, CorpusCoding, CorpusPassage, CorpusSpeaker, CorpusStatement } from "@/lib/analysis/types";
import type { Db } from "../client";
import { adjudications, annotations, codes, consensusAnnotations, documents, projectMembers, speakers, users } from "../schema";
import { isDocumentVisible } from "./visible-documents";

/** A source checked against the project: a coder source knows the coder's id. */
export type ResolvedSource = { kind: "consensus" } | { kind: "any" } | { kind: "coder"; login: string; coderId: number };

export function hasConsensusByProject(db: Db, { projectId }: { projectId: number }): boolean {
  return !!db
    .select({ id: consensusAnnotations.id })
    .from(consensusAnnotations)
    .innerJoin(documents, eq(documents.id, consensusAnnotations.documentId))
    .where(and(eq(documents.projectId, projectId), isDocumentVisible))
    .limit(1)
    .get();
}

/**
 * How many of these statements the consensus layer covers: their adjudication is marked done, or they hold consensus
 * spans (adjudication under way, or a consensus layer imported). Counted in chunks SQLite's parameter limit allows.
 */
export function countConsensusCoveredDocuments(db: Db, { documentIds }: { documentIds: readonly number[] }): number {
  let covered = 0;
  for (let at = 0; at < documentIds.length; at += 5_000) {
    const chunk = documentIds.slice(at, at + 5_000);
    const done = db.select({ id: adjudications.documentId }).from(adjudications).where(and(inArray(adjudications.documentId, chunk), eq(adjudications.status, "done")));
    const spanned = db.selectDistinct({ id: consensusAnnotations.documentId }).from(consensusAnnotations).where(inArray(consensusAnnotations.documentId, chunk));
    covered += db.select({ count: count() }).from(union(done, spanned).as("covered")).get()!.count;
  }
  return covered;
}

/** Logins of the project's coders, for choosing one coder's layer. */
export function getCoderLoginsByProject(db: Db, { projectId }: { projectId: number }): string[] {
  return db
    .select({ login: users.login })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.role, "coder")))
    .orderBy(asc(users.login))
    .all()
    .map((row) => row.login);
}

/**
 * The requested source checked against the project, or the project's default when none is requested: the consensus
 * layer once any statement has one, else every coder's annotations together. A coder source must name a coder of the
 * project or someone who has coded in it.
 */
export function resolveAnalysisSource(
  db: Db,
  { projectId, requested }: { projectId: number; requested: AnalysisSource | null },
): Result<{ source: ResolvedSource; chosen: "requested" | "default" }> {
  if (requested === null) return ok({ source: { kind: hasConsensusByProject(db, { projectId }) ? "consensus" : "any" }, chosen: "default" });
  if (requested.kind !== "coder") return ok({ source: requested, chosen: "requested" });
  const user = db.select({ id: users.id }).from(users).where(eq(users.login, requested.login)).get();
  const coded =
    user &&
    (getCoderLoginsByProject(db, { projectId }).includes(requested.login) ||
      db
        .select({ id: annotations.id })
        .from(annotations)
        .innerJoin(documents, eq(documents.id, annotations.documentId))
        .where(and(eq(documents.projectId, projectId), isDocumentVisible, eq(annotations.coderId, user.id)))
        .limit(1)
        .get());
  if (!user || !coded) return fail(`unknown coder "${requested.login}": not a coder of this project`);
  return ok({ source: { kind: "coder", login: requested.login, coderId: user.id }, chosen: "requested" });
}

/** The project's speakers with the facts the analysis counts. */
export function getSpeakersByProject(db: Db, { projectId }: { projectId: number }): CorpusSpeaker[] {
  return db
    .select({ id: speakers.id, alias: speakers.alias, country: speakers.country, region: speakers.region, gender: speakers.gender, defectionDate: speakers.defectionDate })
    .from(speakers)
    .where(eq(speakers.projectId, projectId))
    .all();
}

export function getStatementsByProject(db: Db, { projectId }: { projectId: number }): CorpusStatement[] {
  return db
    .select({ id: documents.id, speakerId: documents.speakerId, title: documents.title, statementDate: documents.statementDate })
    .from(documents)
    .where(and(eq(documents.projectId, projectId), isDocumentVisible))
    .all();
}

/** The statements the filters select (their speakers' facts, their dates), or null when no filter is set. */
export function getFilteredStatementIds(db: Db, { projectId, filters }: { projectId: number; filters: AnalysisFilters }): number[] | null {
  if (!hasFilters(filters)) return null;
  const corpus = { speakers: getSpeakersByProject(db, { projectId }), statements: getStatementsByProject(db, { projectId }), codes: [], codings: [] };
  return selectCorpus(corpus, filters).statements.map((statement) => statement.id);
}

/** Everything the analysis counts, as plain rows: speakers, statements, the codebook and what the source coded. */
export function getAnalysisCorpus(db: Db, { projectId, source }: { projectId: number; source: ResolvedSource }): AnalysisCorpus {
  return {
    speakers: getSpeakersByProject(db, { projectId }),
    statements: getStatementsByProject(db, { projectId }),
    codes: db
      .select({ id: codes.id, name: codes.name, label: codes.label, color: codes.color })
      .from(codes)
      .where(eq(codes.projectId, projectId))
      .orderBy(asc(codes.position))
      .all(),
    codings: getCodings(db, projectId, source),
  };
}

/** Per statement and code, how many passages the source has; identical spans of several coders count once. */
function getCodings(db: Db, projectId: number, source: ResolvedSource): CorpusCoding[] {
  if (source.kind === "consensus") {
    return db
      .select({ documentId: consensusAnnotations.documentId, codeId: consensusAnnotations.codeId, passages: sql<number>`count(*)` })
      .from(consensusAnnotations)
      .innerJoin(documents, eq(documents.id, consensusAnnotations.documentId))
      .where(and(eq(documents.projectId, projectId), isDocumentVisible))
      .groupBy(consensusAnnotations.documentId, consensusAnnotations.codeId)
      .all();
  }
  // Offsets stay far below 2^31, so start and end packed into one integer identify a span.
  return db
    .select({ documentId: annotations.documentId, codeId: annotations.codeId, passages: sql<number>`count(distinct (${annotations.start} << 32) | ${annotations.end})` })
    .from(annotations)
    .innerJoin(documents, eq(documents.id, annotations.documentId))
    .where(and(eq(documents.projectId, projectId), isDocumentVisible, source.kind === "coder" ? eq(annotations.coderId, source.coderId) : undefined))
    .groupBy(annotations.documentId, annotations.codeId)
    .all();
}

/** The source's passages of one code, for the quote bank; identical spans of several coders are one passage. */
export function getPassagesByCode(db: Db, { projectId, source, codeId }: { projectId: number; source: ResolvedSource; codeId: number }): CorpusPassage[] {
  if (source.kind === "consensus") {
    return db
      .select({ id: consensusAnnotations.id, documentId: consensusAnnotations.documentId, codeId: consensusAnnotations.codeId, start: consensusAnnotations.start, end: consensusAnnotations.end })
      .from(consensusAnnotations)
      .innerJoin(documents, eq(documents.id, consensusAnnotations.documentId))
      .where(and(eq(documents.projectId, projectId), isDocumentVisible, eq(consensusAnnotations.codeId, codeId)))
      .all();
  }
  // The first coder's annotation stands for the span, and gives the quote.
  return db
    .select({ id: sql<number>`min(${annotations.id})`, documentId: annotations.documentId, codeId: annotations.codeId, start: annotations.start, end: annotations.end })
    .from(annotations)
    .innerJoin(documents, eq(documents.id, annotations.documentId))
    .where(and(eq(documents.projectId, projectId), isDocumentVisible, eq(annotations.codeId, codeId), source.kind === "coder" ? eq(annotations.coderId, source.coderId) : undefined))
    .groupBy(annotations.documentId, annotations.start, annotations.end)
    .all();
}

/** The stored quotes of passages of `source`, by passage id. */
export function getPassageQuotes(db: Db, { source, ids }: { source: ResolvedSource; ids: number[] }): Map<number, string> {
  const table = source.kind === "consensus" ? consensusAnnotations : annotations;
  const rows = inChunks(ids, (chunk) => db.select({ id: table.id, quote: table.quote }).from(table).where(inArray(table.id, chunk)).all());
  return new Map(rows.map((row) => [row.id, row.quote]));
}

/** Text and source of the statements, by id, for passages in context and citations. */
export function getStatementTexts(db: Db, { ids }: { ids: number[] }): Map<number, { text: string; sourceName: string | null }> {
  const rows = inChunks(ids, (chunk) =>
    db.select({ id: documents.id, text: documents.text, sourceName: documents.sourceName }).from(documents).where(and(inArray(documents.id, chunk), isDocumentVisible)).all(),
  );
  return new Map(rows.map(({ id, ...row }) => [id, row]));
}

// SQLite limits the number of bound parameters of one statement (32,766), and a download may ask for more ids.
function inChunks<T>(ids: number[], load: (chunk: number[]) => T[]): T[] {
  const rows: T[] = [];
  for (let at = 0; at < ids.length; at += 10_000) rows.push(...load(ids.slice(at, at + 10_000)));
  return rows;
}

/** Quote bank entries for `passages` (a page of them, or all for a download), with stored quote and context. */
export function getQuoteItems(db: Db, { source, selection, passages }: { source: ResolvedSource; selection: CorpusSelection; passages: CorpusPassage[] }): QuoteItem[] {
  const quotes = getPassageQuotes(db, { source, ids: passages.map((passage) => passage.id) });
  const texts = getStatementTexts(db, { ids: [...new Set(passages.map((passage) => passage.documentId))] });
  return passages.map((passage) => {
    const statement = texts.get(passage.documentId)!;
    return toQuoteItem(selection, passage, { quote: quotes.get(passage.id) ?? "", text: statement.text, sourceName: statement.sourceName });
  });
}

export type LoadedAnalysis = { source: ResolvedSource; chosen: "requested" | "default"; corpus: AnalysisCorpus; selection: CorpusSelection };

/** Resolves the source of a request, loads the corpus and applies the filters: what every analysis entry starts from. */
export function loadAnalysis(db: Db, { projectId, request }: { projectId: number; request: AnalysisRequest }): Result<LoadedAnalysis> {
  const resolved = resolveAnalysisSource(db, { projectId, requested: request.source });
  if (!resolved.ok) return resolved;
  const corpus = getAnalysisCorpus(db, { projectId, source: resolved.value.source });
  return ok({ ...resolved.value, corpus, selection: selectCorpus(corpus, request.filters) });
}
