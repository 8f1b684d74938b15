"use server";

import { revalidatePath } from "next/cache";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getProjectById } from "@/db/queries/projects";
import { updateCodeWording, updateProjectSettings } from "@/db/queries/project-settings";
import { recordSuggestionsShown } from "@/db/queries/suggestion-visibility";
import { codes } from "@/db/schema";
import { codeAccess, projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { serverAction } from "@/server/server-action";
import { codeWordingSchema, roundActionSchema } from "./schemas";

const supervisorOf = ({ projectId }: { projectId: number }) => projectAccess(projectId, ["supervisor"]);

export const changeRound = serverAction(roundActionSchema, supervisorOf, ({ projectId, action }, { user }) => {
  const project = getDb().transaction(
    (tx) => {
      const current = getProjectById(tx, { id: projectId })!;
      const change = {
        lock: { roundLocked: true },
        unlock: { roundLocked: false },
        reveal: { annotationsRevealed: true },
        hide: { annotationsRevealed: false },
        "show-suggestions": { suggestionsVisible: true },
        "hide-suggestions": { suggestionsVisible: false },
        // A new round starts blind and independent: coders' work and learned suggestions hidden again.
        "new-round": { round: current.round + 1, roundLocked: false, annotationsRevealed: false, suggestionsVisible: false },
      }[action];
      const updated = updateProjectSettings(tx, { projectId, change, actorId: user.id });
      if (updated.suggestionsVisible) recordSuggestionsShown(tx, { projectId, round: updated.round });
      return updated;
    },
    { behavior: "immediate" },
  );
  revalidatePath(`/projects/${projectId}`, "layout");
  return {
    lock: `Round ${project.round} is locked: coders can no longer change or reopen submitted documents.`,
    unlock: `Round ${project.round} is open again.`,
    reveal: "Coders can now see each other's annotations.",
    hide: "Coding is blind again.",
    "show-suggestions": `Coders now see learned suggestions; the agreement report notes it for round ${project.round}.`,
    "hide-suggestions": "Coders no longer see learned suggestions.",
    "new-round": `Round ${project.round} has started.`,
  }[action];
});

const codeOf = ({ projectId, codeId }: { projectId: number; codeId: number }) => codeAccess(projectId, codeId);

export const reviseCode = serverAction(codeWordingSchema, codeOf, ({ projectId, codeId, ...wording }, { user, code }) => {
  getDb().transaction(
    (tx) => {
      const siblings = code.parentId === null ? isNull(codes.parentId) : eq(codes.parentId, code.parentId);
      const clash = tx.select().from(codes).where(and(eq(codes.projectId, projectId), siblings, eq(codes.name, wording.name), ne(codes.id, codeId))).get();
      if (clash) throw new AppError("conflict", `Another code under the same parent is named "${wording.name}".`);
      const round = getProjectById(tx, { id: projectId })!.round;
      updateCodeWording(tx, { code, wording, round, actorId: user.id });
    },
    { behavior: "immediate" },
  );
  revalidatePath(`/projects/${projectId}`, "layout");
  return `Saved "${wording.name}"; the revision is recorded with today's date.`;
});
