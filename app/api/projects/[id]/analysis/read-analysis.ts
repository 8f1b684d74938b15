import "server-only";
import { getDb } from "@/db/client";
import { loadAnalysis } from "@/db/queries/analysis";
import { getProjectById } from "@/db/queries/projects";
import type { ProjectRole } from "@/db/schema";
import { HIDDEN_SOURCE_MESSAGE, isSourceVisible } from "@/lib/analysis/is-source-visible";
import { parseAnalysisRequest, type RawAnalysisRequest } from "@/lib/analysis/parse-analysis-request";
import { AppError } from "@/server/errors";

/**
 * The analysis a member asked for in a query string, for the routes under /api/projects/:id/analysis: 400 for bad
 * parameters or an unknown coder, 403 when a coder asks for coders' annotations not yet revealed.
 */
export function readAnalysis(projectId: number, role: ProjectRole, raw: RawAnalysisRequest) {
  const db = getDb();
  const project = getProjectById(db, { id: projectId });
  if (!project) throw new AppError("not_found", "No such project.");
  const request = parseAnalysisRequest(raw);
  if (!request.ok) throw new AppError("bad_request", request.error);
  const loaded = loadAnalysis(db, { projectId, request: request.value });
  if (!loaded.ok) throw new AppError("bad_request", `source: ${loaded.error}`);
  if (!isSourceVisible(loaded.value.source, { role, annotationsRevealed: project.annotationsRevealed })) throw new AppError("forbidden", HIDDEN_SOURCE_MESSAGE);
  return { project, ...loaded.value };
}
