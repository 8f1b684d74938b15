import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

import type { EvaluationJson } from "../lib/suggest/evaluation-json";

// Offsets (start, end, length) are Unicode code points, zero-based, end exclusive: see lib/offsets/code-points.ts.

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    login: text("login").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["admin", "member"] }).notNull().default("member"),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // "alice" and "Alice" would be two accounts a person cannot tell apart when assigning or reading the audit log.
  (t) => [uniqueIndex("users_login_lower_unique").on(sql`lower(${t.login})`)],
);

/**
 * The sessions that are signed in. A session token names its row and is honoured only while the row exists, so
 * signing out ends that session for good, and disabling, a password change or signing out everywhere ends them all.
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const projects = sqliteTable("projects", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  description: text("description").notNull().default(""),
  // The coding round: while locked, coders cannot change or reopen submitted documents.
  round: integer("round").notNull().default(1),
  roundLocked: integer("round_locked", { mode: "boolean" }).notNull().default(false),
  // Blind coding until a supervisor reveals every coder's annotations to the coders (for training discussion).
  annotationsRevealed: integer("annotations_revealed", { mode: "boolean" }).notNull().default(false),
  // Coders see the corpus analysis only once a supervisor shares it.
  analysisShared: integer("analysis_shared", { mode: "boolean" }).notNull().default(false),
  // Coders see learned suggestions only once a supervisor shows them for the round (independent coding by default);
  // a new round hides them again. suggestionVisibleRounds keeps every round in which they were shown.
  suggestionsVisible: integer("suggestions_visible", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * One upload or command-line import: documents keep the batch they came in, so views can filter by it. An import
 * writes its rows in many short transactions while `publishedAt` is null, and every reader leaves such a batch's
 * documents out (db/queries/visible-documents.ts); one last short transaction sets it. A batch inserted without a
 * value is published at once: only the import writers (db/import/) ask for a hidden one.
 */
export const importBatches = sqliteTable("import_batches", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  label: text("label").notNull(),
  createdById: integer("created_by_id").references(() => users.id),
  createdAt: createdAt(),
  publishedAt: integer("published_at", { mode: "timestamp_ms" }).$defaultFn(() => new Date()),
  // The background job writing the batch, so that the job pool can discard what a stopped worker left unpublished.
  jobId: text("job_id"),
});

export const importCreatedEntities = ["speaker", "code", "user"] as const;

/**
 * The speakers, codes and accounts an import created before it was published (its documents need them), so that
 * discarding the unpublished batch can remove those nothing else has come to use (db/import/discard-import-batch.ts).
 */
export const importBatchCreations = sqliteTable(
  "import_batch_creations",
  {
    batchId: integer("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    entity: text("entity", { enum: importCreatedEntities }).notNull(),
    entityId: integer("entity_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.entity, t.entityId] })],
);

export const projectMembers = sqliteTable(
  "project_members",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["supervisor", "coder"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index("project_members_user_idx").on(t.userId)],
);

export const codes = sqliteTable(
  "codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => codes.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    label: text("label").notNull(),
    definition: text("definition").notNull().default(""),
    inclusion: text("inclusion").notNull().default(""),
    exclusion: text("exclusion").notNull().default(""),
    example: text("example").notNull().default(""),
    color: text("color").notNull(),
    shortcut: text("shortcut"),
    position: integer("position").notNull(),
    /** A group organises the tree and cannot itself be coded. */
    isGroup: integer("is_group", { mode: "boolean" }).notNull().default(false),
    /** The REFI-QDA GUID of the code in the file it came from (or that our export gave it), so a round trip keeps it. */
    guid: text("guid"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Names are unique among siblings only (checked where codes are written): two codes of one name under different
  // parents are two codes, as in NVivo, MAXQDA and ATLAS.ti.
  (t) => [
    uniqueIndex("codes_project_guid_idx").on(t.projectId, t.guid),
    index("codes_project_parent_idx").on(t.projectId, t.parentId),
    index("codes_project_position_idx").on(t.projectId, t.position),
  ],
);

export const speakers = sqliteTable(
  "speakers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    country: text("country"),
    region: text("region"),
    gender: text("gender"),
    // ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.
    defectionDate: text("defection_date"),
    notes: text("notes").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("speakers_project_alias_idx").on(t.projectId, t.alias)],
);

export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    speakerId: integer("speaker_id").references(() => speakers.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    text: text("text").notNull(),
    contentHash: text("content_hash").notNull(),
    length: integer("length").notNull(),
    language: text("language"),
    direction: text("direction", { enum: ["ltr", "rtl"] }).notNull().default("ltr"),
    statementDate: text("statement_date"),
    sourceName: text("source_name"),
    sourceUrl: text("source_url"),
    notes: text("notes").notNull().default(""),
    importBatchId: integer("import_batch_id").references(() => importBatches.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("documents_project_idx").on(t.projectId),
    index("documents_project_hash_idx").on(t.projectId, t.contentHash),
    index("documents_speaker_idx").on(t.speakerId),
    index("documents_import_batch_idx").on(t.importBatchId),
  ],
);

/**
 * Named groups of codes and documents, as REFI-QDA Sets carry them (MAXQDA's document sets, ATLAS.ti's code and
 * document groups). `guid` is the Set's GUID in the file it came from, kept so an export names it the same way.
 */
export const sets = sqliteTable(
  "sets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    guid: text("guid"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("sets_project_guid_idx").on(t.projectId, t.guid)],
);

export const setCodes = sqliteTable(
  "set_codes",
  {
    setId: integer("set_id")
      .notNull()
      .references(() => sets.id, { onDelete: "cascade" }),
    codeId: integer("code_id")
      .notNull()
      .references(() => codes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.setId, t.codeId] }), index("set_codes_code_idx").on(t.codeId)],
);

export const setDocuments = sqliteTable(
  "set_documents",
  {
    setId: integer("set_id")
      .notNull()
      .references(() => sets.id, { onDelete: "cascade" }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.setId, t.documentId] }), index("set_documents_document_idx").on(t.documentId)],
);

export const assignmentStatuses = ["assigned", "in_progress", "submitted"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const assignments = sqliteTable(
  "assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    coderId: integer("coder_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: assignmentStatuses }).notNull().default("assigned"),
    // The project's coding round when the coder last changed the status (assigned, started, submitted, reopened), so
    // agreement can be filtered and compared by round: a document reopened and submitted again moves to the new round.
    round: integer("round").notNull().default(1),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("assignments_document_coder_idx").on(t.documentId, t.coderId), index("assignments_coder_idx").on(t.coderId, t.status)],
);

export const annotations = sqliteTable(
  "annotations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    coderId: integer("coder_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeId: integer("code_id")
      .notNull()
      .references(() => codes.id, { onDelete: "restrict" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    // The text between start and end when the annotation was made, so a change of the document's text is caught.
    quote: text("quote").notNull(),
    memo: text("memo").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("annotations_document_coder_idx").on(t.documentId, t.coderId, t.start),
    index("annotations_code_idx").on(t.codeId),
  ],
);

export const consensusAnnotations = sqliteTable(
  "consensus_annotations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    codeId: integer("code_id")
      .notNull()
      .references(() => codes.id, { onDelete: "restrict" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    quote: text("quote").notNull(),
    memo: text("memo").notNull().default(""),
    // The coder annotation this one was accepted from, when it was not drawn by the supervisor.
    sourceAnnotationId: integer("source_annotation_id").references(() => annotations.id, { onDelete: "set null" }),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("consensus_document_idx").on(t.documentId, t.start)],
);

export const adjudicationStatuses = ["not_started", "in_progress", "done"] as const;

/** A supervisor's adjudication of one document into the consensus layer; no row means not started. */
export const adjudications = sqliteTable("adjudications", {
  documentId: integer("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  status: text("status", { enum: adjudicationStatuses }).notNull(),
  memo: text("memo").notNull().default(""),
  updatedById: integer("updated_by_id").references(() => users.id),
  updatedAt: updatedAt(),
});

/**
 * Passages a supervisor proposes for a code (for instance every hit of a search). They never enter a coder's layer by
 * themselves: each coder accepts (which creates their own annotation) or rejects each one.
 */
export const suggestions = sqliteTable(
  "suggestions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    codeId: integer("code_id")
      .notNull()
      .references(() => codes.id, { onDelete: "cascade" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    quote: text("quote").notNull(),
    // What produced the suggestion, e.g. the search query, so a coder knows why it is there.
    origin: text("origin").notNull(),
    // A learned suggestion's probability from the model, and its code's cross-validated precision; null for
    // suggestions a supervisor made by hand (search hits).
    score: real("score"),
    codePrecision: real("code_precision"),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("suggestions_document_idx").on(t.documentId, t.start)],
);

export const suggestionDecisions = sqliteTable(
  "suggestion_decisions",
  {
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => suggestions.id, { onDelete: "cascade" }),
    coderId: integer("coder_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    decision: text("decision", { enum: ["accepted", "rejected"] }).notNull(),
    annotationId: integer("annotation_id").references(() => annotations.id, { onDelete: "set null" }),
    decidedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.suggestionId, t.coderId] })],
);

/**
 * The rounds of a project in which a supervisor let coders see learned suggestions, so an agreement report can say
 * that coding in those rounds was not independent of the model.
 */
export const suggestionVisibleRounds = sqliteTable(
  "suggestion_visible_rounds",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    round: integer("round").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.round] })],
);

/** Each training of the suggestion model: the layer it learned from and its cross-validated evaluation. */
export const suggestionModels = sqliteTable(
  "suggestion_models",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    // consensus, agreed or coder:LOGIN
    layer: text("layer").notNull(),
    folds: integer("folds").notNull(),
    // The evaluation as lib/suggest/evaluation-json.ts shapes it.
    evaluation: text("evaluation", { mode: "json" }).$type<EvaluationJson>().notNull(),
    // How many suggestions applying it wrote; null when it was only trained and measured.
    suggestionsWritten: integer("suggestions_written"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("suggestion_models_project_idx").on(t.projectId, t.id)],
);

export const auditEntities = ["annotation", "consensus_annotation", "assignment", "code", "document", "speaker", "user", "project", "member", "adjudication", "suggestion", "suggestion_model", "set"] as const;
export type AuditEntity = (typeof auditEntities)[number];

// Append-only: triggers in the migration refuse UPDATE and DELETE on this table.
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    actorId: integer("actor_id").references(() => users.id),
    projectId: integer("project_id"),
    entity: text("entity", { enum: auditEntities }).notNull(),
    entityId: integer("entity_id").notNull(),
    action: text("action", { enum: ["create", "update", "delete"] }).notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId), index("audit_log_project_idx").on(t.projectId, t.at)],
);

export type User = typeof users.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type ImportBatch = typeof importBatches.$inferSelect;
export type ProjectMember = typeof projectMembers.$inferSelect;
export type ProjectRole = ProjectMember["role"];
export type Code = typeof codes.$inferSelect;
export type Speaker = typeof speakers.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type CodeSet = typeof sets.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type Annotation = typeof annotations.$inferSelect;
export type ConsensusAnnotation = typeof consensusAnnotations.$inferSelect;
export type Adjudication = typeof adjudications.$inferSelect;
export type Suggestion = typeof suggestions.$inferSelect;
export type SuggestionModel = typeof suggestionModels.$inferSelect;
export type AuditLogEntry = typeof auditLog.$inferSelect;
