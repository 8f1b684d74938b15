import { AnalysisFrame } from "@/components/analysis/analysis-frame";
import { QUOTES_PER_PAGE, QuoteBank } from "@/components/analysis/quote-bank";
import { getPassagesByCode, getQuoteItems } from "@/db/queries/analysis";
import { quotePassages } from "@/lib/analysis/quote-passages";
import { loadAnalysisPage, type PageProps } from "../load-analysis-page";

export default async function QuotesPage(props: PageProps) {
  const { db, frame, query, analysis, filterParams } = await loadAnalysisPage(props, "quotes", ["code"]);
  if (!analysis) return <AnalysisFrame frame={frame}>{null}</AnalysisFrame>;
  const { codes } = analysis.corpus;
  const codeId = codes.find((code) => String(code.id) === query.code)?.id ?? codes[0]?.id ?? 0;
  const passages = quotePassages(analysis.selection, getPassagesByCode(db, { projectId: frame.project.id, source: analysis.source, codeId }));
  const pages = Math.max(1, Math.ceil(passages.length / QUOTES_PER_PAGE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1));
  const items = getQuoteItems(db, { source: analysis.source, selection: analysis.selection, passages: passages.slice((page - 1) * QUOTES_PER_PAGE, page * QUOTES_PER_PAGE) });
  const withCode = { ...filterParams, code: String(codeId) };
  return (
    <AnalysisFrame frame={frame}>
      <QuoteBank
        codes={codes}
        codeId={codeId}
        items={items}
        total={passages.length}
        page={page}
        keep={filterParams}
        pageHref={(target) => `/projects/${frame.project.id}/analysis/quotes?${new URLSearchParams({ ...withCode, page: String(target) })}`}
        csvHref={`/api/projects/${frame.project.id}/analysis/quotes?${new URLSearchParams({ ...withCode, format: "csv" })}`}
      />
    </AnalysisFrame>
  );
}
