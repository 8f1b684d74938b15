import { getDb } from "@/db/client";
import { getFilteredStatementIds } from "@/db/queries/analysis";
import { getSearchableStatementIds, searchStatements } from "@/db/queries/search";
import { buildFtsQuery } from "@/lib/analysis/build-fts-query";
import { parseAnalysisRequest } from "@/lib/analysis/parse-analysis-request";
import { searchLines } from "@/lib/analysis/search-lines";
import { apiRoute } from "@/server/api-route";
import { analysisAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { projectParams, searchQuery } from "./schema";

/**
 * Full-text search of the project's statements (under the analysis filters) as keyword-in-context lines from the first
 * `limit` matching statements; supervisors, and coders once the analysis is shared (in the statements assigned to them).
 */
export const GET = apiRoute(
  {
    params: projectParams,
    query: searchQuery,
    access: ({ params }) => analysisAccess(params.id),
  },
  ({ user, project, input }) => {
    const { q, limit, ...raw } = input.query;
    const match = buildFtsQuery(q);
    if (!match.ok) throw new AppError("bad_request", match.error);
    const request = parseAnalysisRequest(raw);
    if (!request.ok) throw new AppError("bad_request", request.error);
    const db = getDb();
    const filtered = getFilteredStatementIds(db, { projectId: input.params.id, filters: request.value.filters });
    const statementIds = getSearchableStatementIds(db, { projectId: input.params.id, reader: { id: user.id, role: project.role }, statementIds: filtered });
    const found = searchStatements(db, { projectId: input.params.id, match: match.value, limit, statementIds });
    return { query: q, filters: request.value.filters, statements: found.total, shown: found.rows.length, lines: searchLines(found.rows) };
  },
);
