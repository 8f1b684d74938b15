"use server";

import { revalidatePath } from "next/cache";
import { outcomeValue } from "@/app/api/outcome-value";
import { getDb, type Tx } from "@/db/client";
import { createCode, moveCode, updateCodeKeyAndGroup } from "@/db/queries/code-edits";
import { deleteCode, mergeCode } from "@/db/queries/code-removals";
import { projectAccess } from "@/server/authorize";
import { serverAction } from "@/server/server-action";
import { addCodeSchema, deleteCodeSchema, keyAndGroupSchema, mergeCodeSchema, moveCodeSchema } from "./schemas";

const supervisorOf = ({ projectId }: { projectId: number }) => projectAccess(projectId, ["supervisor"]);

/** Runs a codebook edit in one IMMEDIATE transaction (a refusal rolls it back) and refreshes the project's pages. */
function edit<T>(projectId: number, write: (tx: Tx) => T): T {
  const result = getDb().transaction(write, { behavior: "immediate" });
  revalidatePath(`/projects/${projectId}`, "layout");
  return result;
}

export const addCode = serverAction(addCodeSchema, supervisorOf, ({ projectId, parentId, name, color }, { user }) => {
  const code = { projectId, parentId, name, label: name.slice(0, 40), color };
  edit(projectId, (tx) => outcomeValue(createCode(tx, { code, actorId: user.id })));
  return `Added "${name}".`;
});

export const moveCodeTo = serverAction(moveCodeSchema, supervisorOf, ({ projectId, codeId, parentId, beforeId }, { user }) => {
  const code = edit(projectId, (tx) => outcomeValue(moveCode(tx, { projectId, codeId, parentId, beforeId, actorId: user.id })));
  return `Moved "${code.name}".`;
});

export const setKeyAndGroup = serverAction(keyAndGroupSchema, supervisorOf, ({ projectId, codeId, shortcut, isGroup }, { user }) => {
  const code = edit(projectId, (tx) => outcomeValue(updateCodeKeyAndGroup(tx, { projectId, codeId, shortcut, isGroup, actorId: user.id })));
  const key = code.shortcut ? `key ${code.shortcut}` : "no key";
  return `"${code.name}" has ${key} and ${code.isGroup ? "is a group that cannot be coded" : "can be coded"}.`;
});

export const mergeCodeInto = serverAction(mergeCodeSchema, supervisorOf, ({ projectId, codeId, targetId }, { user }) => {
  const merged = edit(projectId, (tx) => outcomeValue(mergeCode(tx, { projectId, sourceId: codeId, targetId, actorId: user.id })));
  const codings = merged.moved + merged.consensusMoved;
  const collapsed = merged.collapsed + merged.consensusCollapsed;
  return `Merged into "${merged.target.name}": ${codings} codings moved, ${collapsed} duplicates collapsed.`;
});

export const removeCode = serverAction(deleteCodeSchema, supervisorOf, ({ projectId, codeId }, { user }) => {
  const deleted = edit(projectId, (tx) => outcomeValue(deleteCode(tx, { projectId, codeId, actorId: user.id })));
  const children = deleted.children.length ? `; ${deleted.children.length} sub-codes moved up` : "";
  return `Deleted the code and its ${deleted.annotations + deleted.consensus} codings${children}.`;
});
