import "server-only";
import type { Db } from "@/db/client";
import { getAnnotationById } from "@/db/queries/annotations";
import { findCodeOfProject } from "@/db/queries/codes";
import { getConsensusAnnotationById } from "@/db/queries/consensus";
import { getAssignment, getDocumentById } from "@/db/queries/documents";
import { getMembership, getProjectById } from "@/db/queries/projects";
import { getSuggestionById } from "@/db/queries/suggestions";
import { getUserByLogin } from "@/db/queries/users";
import type { Annotation, Code, ConsensusAnnotation, Document, Project, ProjectRole, Suggestion } from "@/db/schema";
import { checkLayerVisibility } from "@/lib/annotations/layer-visibility";
import { getJob } from "@/services/jobs/job-pool";
import type { JobRecord } from "@/services/jobs/job-record";
import { AppError } from "./errors";
import type { SessionUser } from "./session-user";

/**
 * What a server entry requires of its caller, one rule per resource. Each rule reads the resource, checks the
 * caller's membership and role in its project, and hands the handler what it found, typed per rule (a document rule
 * gives a Document, never undefined). A caller outside the project, and one asking for another project's id, gets the
 * same 404 as for an id that does not exist, never 403, so nothing tells which ids exist.
 */
export type AccessRule =
  | { kind: "signed-in" }
  | { kind: "admin" }
  | { kind: "admin-project"; projectId: number }
  | { kind: "admin-document"; projectId: number; documentId: number }
  | { kind: "project"; projectId: number; roles: readonly ProjectRole[] }
  | { kind: "analysis"; projectId: number }
  | { kind: "document"; documentId: number; roles: readonly ProjectRole[]; projectId?: number }
  | { kind: "layer"; documentId: number; coderLogin: string | undefined }
  | { kind: "annotation"; annotationId: number }
  | { kind: "consensus"; consensusId: number }
  | { kind: "suggestion"; projectId: number; suggestionId: number }
  | { kind: "code"; projectId: number; codeId: number }
  | { kind: "job"; jobId: string; action: "read" | "cancel" };

export type ProjectGrant = { id: number; role: ProjectRole };
type Member = { user: SessionUser; project: ProjectGrant };

type GrantByKind = {
  "signed-in": { user: SessionUser };
  admin: { user: SessionUser };
  "admin-project": { user: SessionUser; project: Project };
  "admin-document": { user: SessionUser; project: Project; document: Document };
  project: Member;
  analysis: Member;
  document: Member & { document: Document };
  /** `coderId`: whose annotations the caller reads, their own unless they asked for another coder's and may see it. */
  layer: Member & { document: Document; coderId: number };
  annotation: Member & { document: Document; annotation: Annotation };
  consensus: Member & { document: Document; consensus: ConsensusAnnotation };
  suggestion: Member & { document: Document; suggestion: Suggestion };
  code: Member & { code: Code };
  job: Member & { job: JobRecord };
};

export type Granted<R extends AccessRule = AccessRule> = GrantByKind[R["kind"]];

type RuleOf<K extends AccessRule["kind"]> = Extract<AccessRule, { kind: K }>;

export const signedIn = (): RuleOf<"signed-in"> => ({ kind: "signed-in" });
export const adminOnly = (): RuleOf<"admin"> => ({ kind: "admin" });
/** The administrator, about a project that exists. */
export const adminProject = (projectId: number): RuleOf<"admin-project"> => ({ kind: "admin-project", projectId });
/** The administrator, about a document of that project. */
export const adminDocument = (projectId: number, documentId: number): RuleOf<"admin-document"> => ({ kind: "admin-document", projectId, documentId });
export const projectAccess = (projectId: number, roles: readonly ProjectRole[]): RuleOf<"project"> => ({ kind: "project", projectId, roles });
/** The corpus analysis: supervisors, and the project's coders once a supervisor has shared it. */
export const analysisAccess = (projectId: number): RuleOf<"analysis"> => ({ kind: "analysis", projectId });
/**
 * A document, for members with one of `roles`; a coder reaches only the documents assigned to them (blind coding).
 * With `projectId`, a document of any other project is not found.
 */
export const documentAccess = (documentId: number, roles: readonly ProjectRole[], projectId?: number): RuleOf<"document"> => ({
  kind: "document",
  documentId,
  roles,
  projectId,
});
/** A coder's layer of a document: the caller's own, or `coderLogin`'s when blind coding allows (lib/annotations/layer-visibility.ts). */
export const layerAccess = (documentId: number, coderLogin: string | undefined): RuleOf<"layer"> => ({ kind: "layer", documentId, coderLogin });
/** One of the caller's own annotations: nobody else's, a supervisor's neither. */
export const annotationAccess = (annotationId: number): RuleOf<"annotation"> => ({ kind: "annotation", annotationId });
/** A consensus annotation, for supervisors of its document's project. */
export const consensusAccess = (consensusId: number): RuleOf<"consensus"> => ({ kind: "consensus", consensusId });
/** A suggestion of the project, for the coders assigned to its statement. */
export const suggestionAccess = (projectId: number, suggestionId: number): RuleOf<"suggestion"> => ({ kind: "suggestion", projectId, suggestionId });
/** A code of the project's codebook, for its supervisors. */
export const codeAccess = (projectId: number, codeId: number): RuleOf<"code"> => ({ kind: "code", projectId, codeId });
/** A job: a supervisor of its project may follow it and fetch its file; only whoever started it may cancel it. */
export const jobAccess = (jobId: string, action: "read" | "cancel"): RuleOf<"job"> => ({ kind: "job", jobId, action });

/** Decides whether `user` passes `rule`; throws AppError (404 or 403) when not. */
export function authorize<R extends AccessRule>(db: Db, user: SessionUser, rule: R): Granted<R> {
  // The switch below narrows `rule` but cannot narrow R; each case returns its own kind's grant.
  return grant(db, user, rule) as Granted<R>;
}

function grant(db: Db, user: SessionUser, rule: AccessRule): Granted {
  switch (rule.kind) {
    case "signed-in":
      return { user };
    case "admin":
      requireAdmin(user);
      return { user };
    case "admin-project":
      requireAdmin(user);
      return { user, project: existingProject(db, rule.projectId) };
    case "admin-document": {
      requireAdmin(user);
      const project = existingProject(db, rule.projectId);
      const document = getDocumentById(db, { id: rule.documentId });
      if (document?.projectId !== project.id) throw new AppError("not_found", "No such document in this project.");
      return { user, project, document };
    }
    case "project":
      return { user, project: membership(db, user, rule.projectId, rule.roles, "No such project.") };
    case "analysis": {
      const shared = getProjectById(db, { id: rule.projectId })?.analysisShared;
      return { user, project: membership(db, user, rule.projectId, shared ? ["supervisor", "coder"] : ["supervisor"], "No such project.") };
    }
    case "document":
      return { user, ...reachDocument(db, user, rule.documentId, rule.roles, "No such document.", rule.projectId) };
    case "layer":
      return { user, ...reachLayer(db, user, rule.documentId, rule.coderLogin) };
    case "annotation": {
      const notFound = "No such annotation.";
      const annotation = getAnnotationById(db, { id: rule.annotationId });
      if (!annotation || annotation.coderId !== user.id) throw new AppError("not_found", notFound);
      return { user, ...reachDocument(db, user, annotation.documentId, ["coder", "supervisor"], notFound), annotation };
    }
    case "consensus": {
      const notFound = "No such consensus annotation.";
      const consensus = getConsensusAnnotationById(db, { id: rule.consensusId });
      if (!consensus) throw new AppError("not_found", notFound);
      return { user, ...reachDocument(db, user, consensus.documentId, ["supervisor"], notFound), consensus };
    }
    case "suggestion": {
      const notFound = "No such suggestion.";
      const suggestion = getSuggestionById(db, { id: rule.suggestionId });
      if (!suggestion) throw new AppError("not_found", notFound);
      const reached = reachDocument(db, user, suggestion.documentId, ["coder"], notFound, rule.projectId);
      // A learned suggestion hidden for the round is, to a coder, no suggestion at all.
      if (suggestion.score !== null && !getProjectById(db, { id: reached.project.id })?.suggestionsVisible) throw new AppError("not_found", notFound);
      return { user, ...reached, suggestion };
    }
    case "code": {
      const notFound = "No such code in this project.";
      const project = membership(db, user, rule.projectId, ["supervisor"], notFound);
      const code = findCodeOfProject(db, { projectId: rule.projectId, code: rule.codeId });
      if (!code) throw new AppError("not_found", notFound);
      return { user, project, code };
    }
    case "job": {
      const job = getJob(rule.jobId);
      if (!job || job.projectId === null) throw new AppError("not_found", "No such job.");
      const project = membership(db, user, job.projectId, ["supervisor"], "No such job.");
      if (rule.action === "cancel" && job.owner?.id !== user.id) {
        throw new AppError("forbidden", `Only ${job.owner?.login ?? "whoever started it"}, who started this job, can cancel it.`);
      }
      return { user, project, job };
    }
  }
}

function requireAdmin(user: SessionUser): void {
  if (user.role !== "admin") throw new AppError("forbidden", "Only an administrator can do this.");
}

function existingProject(db: Db, projectId: number): Project {
  const project = getProjectById(db, { id: projectId });
  if (!project) throw new AppError("not_found", "No such project.");
  return project;
}

function membership(db: Db, user: SessionUser, projectId: number, roles: readonly ProjectRole[], notFound: string): ProjectGrant {
  const member = getMembership(db, { projectId, userId: user.id });
  if (!member) throw new AppError("not_found", notFound);
  if (!roles.includes(member.role)) {
    throw new AppError("forbidden", `This needs the ${roles.join(" or ")} role in the project; yours is ${member.role}.`);
  }
  return { id: projectId, role: member.role };
}

function reachDocument(db: Db, user: SessionUser, documentId: number, roles: readonly ProjectRole[], notFound: string, projectId?: number) {
  const document = getDocumentById(db, { id: documentId });
  if (!document || (projectId !== undefined && document.projectId !== projectId)) throw new AppError("not_found", notFound);
  const project = membership(db, user, document.projectId, roles, notFound);
  if (project.role === "coder" && !getAssignment(db, { documentId: document.id, coderId: user.id })) throw new AppError("not_found", notFound);
  return { project, document };
}

function reachLayer(db: Db, user: SessionUser, documentId: number, coderLogin: string | undefined) {
  const reached = reachDocument(db, user, documentId, ["coder", "supervisor"], "No such document.");
  if (coderLogin === undefined || coderLogin === user.login) return { ...reached, coderId: user.id };
  const owner = getUserByLogin(db, { login: coderLogin });
  const assignment = owner && getAssignment(db, { documentId, coderId: owner.id });
  const visibility = checkLayerVisibility({
    callerRole: reached.project.role,
    revealed: getProjectById(db, { id: reached.document.projectId })!.annotationsRevealed,
    ownerSubmitted: () => assignment?.status === "submitted",
    ownerLogin: coderLogin,
  });
  if (!visibility.ok) throw new AppError(visibility.kind, visibility.error);
  if (!owner || !assignment) throw new AppError("not_found", `${coderLogin} has no assignment of this document.`);
  return { ...reached, coderId: owner.id };
}
