"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { updateProjectSettings } from "@/db/queries/project-settings";
import { projectAccess } from "@/server/authorize";
import { serverAction } from "@/server/server-action";
import { shareAnalysisSchema } from "./schemas";

/** Shares the corpus analysis with the project's coders, or stops sharing it; audited. */
export const shareAnalysis = serverAction(
  shareAnalysisSchema,
  ({ projectId }) => projectAccess(projectId, ["supervisor"]),
  ({ projectId, shared }, { user }) => {
    getDb().transaction((tx) => updateProjectSettings(tx, { projectId, change: { analysisShared: shared }, actorId: user.id }), { behavior: "immediate" });
    revalidatePath(`/projects/${projectId}/analysis`, "layout");
    return shared ? "The analysis is shared: the project's coders can read it." : "The analysis is for supervisors only again.";
  },
);
