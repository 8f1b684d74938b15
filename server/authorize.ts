import "server-only";
import type { Db } from "@/db/client";
import { getAssignment, getDocumentById } from "@/db/queries/documents";
import { getMembership } from "@/db/queries/projects";
import type { Document, ProjectRole } from "@/db/schema";
import { getJob } from "@/services/jobs/job-pool";
import type { JobRecord } from "@/services/jobs/job-record";
import { AppError } from "./errors";
import type { SessionUser } from "./session-user";

/**
 * What a server entry requires of its caller:
 * - "signed-in": any active user;
 * - "admin": the global administrator role;
 * - "project": membership of the project with one of `roles`;
 * - "document": membership of the document's project with one of `roles`, and for a coder an assignment to it
 *   (blind coding: a coder reaches only the documents given to them);
 * - "job": a supervisor of the job's project may follow it and fetch its file; only whoever started it may cancel it.
 * A caller outside the project gets 404, never 403, so the existence of another project's data is not revealed.
 */
export type AccessRule =
  | { kind: "signed-in" }
  | { kind: "admin" }
  | { kind: "project"; projectId: number; roles: readonly ProjectRole[] }
  | { kind: "document"; documentId: number; roles: readonly ProjectRole[] }
  | { kind: "job"; jobId: string; action: "read" | "cancel" };

export type Granted = {
  user: SessionUser;
  project: { id: number; role: ProjectRole } | null;
  document: Document | null;
  job: JobRecord | null;
};

export const signedIn = (): AccessRule => ({ kind: "signed-in" });
export const adminOnly = (): AccessRule => ({ kind: "admin" });
export const projectAccess = (projectId: number, roles: readonly ProjectRole[]): AccessRule => ({ kind: "project", projectId, roles });
export const documentAccess = (documentId: number, roles: readonly ProjectRole[]): AccessRule => ({ kind: "document", documentId, roles });
export const jobAccess = (jobId: string, action: "read" | "cancel"): AccessRule => ({ kind: "job", jobId, action });

/** Decides whether `user` passes `rule`; throws AppError (404 or 403) when not. */
export function authorize(db: Db, user: SessionUser, rule: AccessRule): Granted {
  switch (rule.kind) {
    case "signed-in":
      return { user, project: null, document: null, job: null };
    case "admin":
      if (user.role !== "admin") throw new AppError("forbidden", "Only an administrator can do this.");
      return { user, project: null, document: null, job: null };
    case "project":
      return { user, project: checkMembership(db, user, rule.projectId, rule.roles), document: null, job: null };
    case "document": {
      const document = getDocumentById(db, { id: rule.documentId });
      if (!document) throw new AppError("not_found", "No such document.");
      const project = checkMembership(db, user, document.projectId, rule.roles, "No such document.");
      if (project.role === "coder" && !getAssignment(db, { documentId: document.id, coderId: user.id })) {
        throw new AppError("not_found", "No such document.");
      }
      return { user, project, document, job: null };
    }
    case "job": {
      const job = getJob(rule.jobId);
      if (!job || job.projectId === null) throw new AppError("not_found", "No such job.");
      const project = checkMembership(db, user, job.projectId, ["supervisor"], "No such job.");
      if (rule.action === "cancel" && job.owner?.id !== user.id) {
        throw new AppError("forbidden", `Only ${job.owner?.login ?? "whoever started it"}, who started this job, can cancel it.`);
      }
      return { user, project, document: null, job };
    }
  }
}

function checkMembership(db: Db, user: SessionUser, projectId: number, roles: readonly ProjectRole[], notFoundMessage = "No such project.") {
  const membership = getMembership(db, { projectId, userId: user.id });
  if (!membership) throw new AppError("not_found", notFoundMessage);
  if (!roles.includes(membership.role)) {
    throw new AppError("forbidden", `This needs the ${roles.join(" or ")} role in the project; yours is ${membership.role}.`);
  }
  return { id: projectId, role: membership.role };
}
