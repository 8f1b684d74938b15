import { AnalysisFrame } from "@/components/analysis/analysis-frame";
import { CodeAllHitsForm } from "@/components/analysis/code-all-hits-form";
import { SearchForm } from "@/components/analysis/search-form";
import { SearchResults } from "@/components/analysis/search-results";
import { getSearchableStatementIds, searchStatements } from "@/db/queries/search";
import { buildFtsQuery } from "@/lib/analysis/build-fts-query";
import { searchLines } from "@/lib/analysis/search-lines";
import { hasFilters } from "@/lib/analysis/select-corpus";
import { loadAnalysisPage, type PageProps } from "../load-analysis-page";

const SHOWN_STATEMENTS = 50;

export default async function SearchPage(props: PageProps) {
  const { db, user, frame, query, analysis, notes, filterParams } = await loadAnalysisPage(props, "search", ["q"]);
  const words = query.q?.trim() ?? "";
  const match = words ? buildFtsQuery(words) : null;
  const filtered = analysis && hasFilters(analysis.selection.filters) ? analysis.selection.statements.map((statement) => statement.id) : null;
  const statementIds = getSearchableStatementIds(db, { projectId: frame.project.id, reader: { id: user.id, role: frame.role }, statementIds: filtered });
  const found = analysis && match?.ok ? searchStatements(db, { projectId: frame.project.id, match: match.value, limit: SHOWN_STATEMENTS, statementIds }) : null;
  // Coding all hits reaches the same statements: the filters without the source, which a search does not read.
  const searchFilters = Object.fromEntries(Object.entries(filterParams).filter(([key]) => key !== "source"));
  return (
    <AnalysisFrame frame={frame}>
      <SearchForm query={words} keep={filterParams} error={match && !match.ok ? match.error : null} />
      {found && <SearchResults query={words} lines={searchLines(found.rows)} total={found.total} shown={found.rows.length} notes={notes} />}
      {found && found.total > 0 && frame.role === "supervisor" && (
        <CodeAllHitsForm projectId={frame.project.id} query={words} codes={analysis!.corpus.codes} filters={searchFilters} />
      )}
    </AnalysisFrame>
  );
}
