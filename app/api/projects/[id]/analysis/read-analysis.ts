import "server-only";
import { getDb } from "@/db/client";
import type { LoadedAnalysis } from "@/db/queries/analysis";
import { getProjectById } from "@/db/queries/projects";
import type { ProjectRole } from "@/db/schema";
import { HIDDEN_SOURCE_MESSAGE, isSourceVisible } from "@/lib/analysis/is-source-visible";
import { parseAnalysisRequest, type RawAnalysisRequest } from "@/lib/analysis/parse-analysis-request";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/session-user";
import { runJobAndWait } from "@/services/jobs/job-pool";

/**
 * The analysis a member asked for in a query string, for the routes under /api/projects/:id/analysis: 400 for bad
 * parameters or an unknown coder, 403 when a coder asks for coders' annotations not yet revealed. The corpus is loaded
 * by a job in a worker.
 */
export async function readAnalysis(projectId: number, role: ProjectRole, raw: RawAnalysisRequest, viewer: SessionUser) {
  const db = getDb();
  const project = getProjectById(db, { id: projectId });
  if (!project) throw new AppError("not_found", "No such project.");
  const request = parseAnalysisRequest(raw);
  if (!request.ok) throw new AppError("bad_request", request.error);
  const loaded = await runJobAndWait<LoadedAnalysis>({
    task: { kind: "analysis", projectId, request: request.value },
    projectId,
    owner: { id: viewer.id, login: viewer.login },
    label: "analysis",
  });
  if (!loaded.ok) throw new AppError("bad_request", loaded.error);
  if (!isSourceVisible(loaded.value.source, { role, annotationsRevealed: project.annotationsRevealed })) throw new AppError("forbidden", HIDDEN_SOURCE_MESSAGE);
  return { project, ...loaded.value };
}
