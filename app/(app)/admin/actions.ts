"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { insertAssignments } from "@/db/queries/documents";
import { deleteMember, getMembership, getProjectByName, insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { deleteSessionsOfUser } from "@/db/queries/sessions";
import { getUserById, getUserByLogin, insertUser, updateUser } from "@/db/queries/users";
import { getDocumentsByProject } from "@/db/queries/documents";
import { checkNewPassword, hashPassword } from "@/lib/auth/password";
import { adminDocument, adminOnly, adminProject } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { serverAction } from "@/server/server-action";
import {
  assignAllSchema,
  assignDocumentSchema,
  createProjectSchema,
  createUserSchema,
  memberSchema,
  removeMemberSchema,
  resetPasswordSchema,
  setUserDisabledSchema,
} from "./schemas";

function done(message: string): string {
  revalidatePath("/admin", "layout");
  return message;
}

export const createUser = serverAction(createUserSchema, adminOnly, async (input, { user: actor }) => {
  const passwordHash = await hashPassword(input.password);
  getDb().transaction(
    (tx) => {
      const taken = getUserByLogin(tx, { login: input.login });
      if (taken) throw new AppError("conflict", `The login "${input.login}" is taken${taken.login === input.login ? "" : ` (by ${taken.login}; logins ignore case)`}.`);
      const user = insertUser(tx, { login: input.login, displayName: input.displayName, passwordHash, role: input.role });
      recordAudit(tx, { actorId: actor.id, projectId: null, entity: "user", entityId: user.id, action: "create", after: { login: user.login, role: user.role } });
    },
    { behavior: "immediate" },
  );
  return done(`Account ${input.login} created.`);
});

export const setUserDisabled = serverAction(setUserDisabledSchema, adminOnly, ({ userId, disabled }, { user: actor }) => {
  if (userId === actor.id && disabled) throw new AppError("bad_request", "You cannot disable your own account.");
  const db = getDb();
  const user = db.transaction(
    (tx) => {
      const before = getUserById(tx, { id: userId });
      if (!before) throw new AppError("not_found", "No such user.");
      const after = updateUser(tx, { id: userId, changes: { disabled } });
      if (disabled) deleteSessionsOfUser(tx, { userId });
      recordAudit(tx, { actorId: actor.id, projectId: null, entity: "user", entityId: userId, action: "update", before: { disabled: before.disabled }, after: { disabled } });
      return after!;
    },
    { behavior: "immediate" },
  );
  return done(`${user.login} is ${disabled ? "disabled" : "enabled again"}.`);
});

export const resetPassword = serverAction(resetPasswordSchema, adminOnly, async ({ userId, password }, { user: actor }) => {
  const target = getUserById(getDb(), { id: userId });
  if (!target) throw new AppError("not_found", "No such user.");
  const refusal = checkNewPassword(password, target.login);
  if (refusal) throw new AppError("bad_request", refusal);
  const passwordHash = await hashPassword(password);
  const user = getDb().transaction(
    (tx) => {
      const after = updateUser(tx, { id: userId, changes: { passwordHash } });
      if (!after) throw new AppError("not_found", "No such user.");
      deleteSessionsOfUser(tx, { userId });
      recordAudit(tx, { actorId: actor.id, projectId: null, entity: "user", entityId: userId, action: "update", after: { password: "reset" } });
      return after;
    },
    { behavior: "immediate" },
  );
  return done(`New password set for ${user.login}; their sessions have ended.`);
});

export const createProject = serverAction(createProjectSchema, adminOnly, ({ name, description }, { user: actor }) => {
  getDb().transaction(
    (tx) => {
      if (getProjectByName(tx, { name })) throw new AppError("conflict", `A project named "${name}" exists already.`);
      insertProjectWithDefaultCodebook(tx, { name, description, actorId: actor.id });
    },
    { behavior: "immediate" },
  );
  return done(`Project "${name}" created with the four-narrative codebook.`);
});

export const addMember = serverAction(memberSchema, ({ projectId }) => adminProject(projectId), ({ projectId, userId, role }, { user: actor }) => {
  const db = getDb();
  const user = getUserById(db, { id: userId });
  if (!user) throw new AppError("not_found", "No such user.");
  db.transaction((tx) => upsertMember(tx, { projectId, userId, role, actorId: actor.id }), { behavior: "immediate" });
  return done(`${user.login} is now a ${role} of the project.`);
});

export const removeMember = serverAction(removeMemberSchema, adminOnly, ({ projectId, userId }, { user: actor }) => {
  const removed = getDb().transaction((tx) => deleteMember(tx, { projectId, userId, actorId: actor.id }), { behavior: "immediate" });
  if (!removed) throw new AppError("not_found", "That user is not a member of the project.");
  return done("Member removed.");
});

function requireCoders(projectId: number, coderIds: number[]): void {
  const db = getDb();
  for (const coderId of coderIds) {
    if (getMembership(db, { projectId, userId: coderId })?.role !== "coder") {
      throw new AppError("bad_request", "Documents can be assigned only to coders of the project; add the person as a coder first.");
    }
  }
}

export const assignDocument = serverAction(assignDocumentSchema, ({ projectId, documentId }) => adminDocument(projectId, documentId), ({ projectId, documentId, coderId }, { user: actor }) => {
  requireCoders(projectId, [coderId]);
  const made = getDb().transaction((tx) => insertAssignments(tx, { projectId, documentIds: [documentId], coderIds: [coderId], actorId: actor.id }), {
    behavior: "immediate",
  });
  return done(made ? "Document assigned." : "That coder had this document already.");
});

export const assignAll = serverAction(assignAllSchema, adminOnly, ({ projectId, coderIds }, { user: actor }) => {
  requireCoders(projectId, coderIds);
  const documentIds = getDocumentsByProject(getDb(), { projectId }).map((document) => document.id);
  const made = getDb().transaction((tx) => insertAssignments(tx, { projectId, documentIds, coderIds, actorId: actor.id }), { behavior: "immediate" });
  return done(`${made} new assignments made.`);
});
