import { getDb } from "@/db/client";
import { getFilteredStatementIds } from "@/db/queries/analysis";
import { getAllSearchHits } from "@/db/queries/search";
import { findCodeOfProject } from "@/db/queries/codes";
import { getProjectById } from "@/db/queries/projects";
import { getSuggestionsByDocument, insertSuggestions, type NewSuggestion } from "@/db/queries/suggestions";
import { buildFtsQuery } from "@/lib/analysis/build-fts-query";
import { parseAnalysisRequest } from "@/lib/analysis/parse-analysis-request";
import { searchHitPassages } from "@/lib/analysis/search-hit-passages";
import { apiRoute } from "@/server/api-route";
import { documentAccess, projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { codeAllHitsBody, documentQuery, projectParams } from "./schema";

// More suggestions than this from one search would bury coders; a narrower search is more use.
const MAX_SUGGESTIONS = 5000;

/**
 * "Code all hits": a supervisor suggests every hit of a search under the analysis filters (widened to its sentence or
 * paragraph) for a code, with the query as the suggestions' origin. Suggestions enter no coder's layer until that coder accepts them.
 */
export const POST = apiRoute(
  { params: projectParams, body: codeAllHitsBody, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ user, input }) => {
    const projectId = input.params.id;
    const { query, codeId, scope, ...raw } = input.body;
    const db = getDb();
    const code = findCodeOfProject(db, { projectId, code: codeId });
    if (!code) throw new AppError("bad_request", "No such code in this project.");
    const match = buildFtsQuery(query);
    if (!match.ok) throw new AppError("bad_request", match.error);
    const request = parseAnalysisRequest(raw);
    if (!request.ok) throw new AppError("bad_request", request.error);
    const statementIds = getFilteredStatementIds(db, { projectId, filters: request.value.filters });
    const spans: NewSuggestion[] = getAllSearchHits(db, { projectId, match: match.value, statementIds }).flatMap(({ id, marked }) =>
      searchHitPassages(marked, scope).map((passage) => ({ documentId: id, ...passage })),
    );
    if (spans.length > MAX_SUGGESTIONS) {
      throw new AppError("bad_request", `The search finds ${spans.length} passages; narrow it to at most ${MAX_SUGGESTIONS} before coding all hits.`);
    }
    const outcome = db.transaction((tx) => insertSuggestions(tx, { projectId, codeId, origin: query, spans, actorId: user.id }), { behavior: "immediate" });
    return { ...outcome, statements: new Set(spans.map((span) => span.documentId)).size, code: code.name };
  },
);

/**
 * The suggestions for one statement, with the caller's decision on each: coders assigned to it and supervisors. How
 * many coders accepted or rejected each is for supervisors, and for coders once annotations are revealed; the
 * model's suggestions reach coders only while a supervisor shows them for the round.
 */
export const GET = apiRoute(
  { params: projectParams, query: documentQuery, access: ({ params, query }) => documentAccess(query.documentId, ["coder", "supervisor"], params.id) },
  ({ user, project, document }) => {
    const db = getDb();
    const settings = getProjectById(db, { id: project.id })!;
    const supervisor = project.role === "supervisor";
    return getSuggestionsByDocument(db, {
      documentId: document.id,
      coderId: user.id,
      withCounts: supervisor || settings.annotationsRevealed,
      withLearned: supervisor || settings.suggestionsVisible,
    });
  },
);
