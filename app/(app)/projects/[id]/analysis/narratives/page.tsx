import { AnalysisFrame } from "@/components/analysis/analysis-frame";
import { NarrativeFiguresView } from "@/components/analysis/narrative-figures-view";
import { NARRATIVE_DIMENSIONS } from "@/lib/analysis/narrative-crosstab";
import { pickOption } from "@/lib/analysis/pick-option";
import { loadAnalysisPage, type PageProps } from "../load-analysis-page";

export default async function NarrativesPage(props: PageProps) {
  const { frame, query, analysis, notes, filterParams } = await loadAnalysisPage(props, "narratives", ["unit", "by"]);
  const settings = { unit: pickOption(query.unit, ["speakers", "statements"] as const, "speakers"), by: pickOption(query.by, NARRATIVE_DIMENSIONS, "region") };
  const quotesHref = (codeId: number) => `/projects/${frame.project.id}/analysis/quotes?${new URLSearchParams({ ...filterParams, code: String(codeId) })}`;
  return (
    <AnalysisFrame frame={frame}>
      {analysis && <NarrativeFiguresView selection={analysis.selection} notes={notes} settings={settings} keep={filterParams} quotesHref={quotesHref} />}
    </AnalysisFrame>
  );
}
