import { AnalysisFrame } from "@/components/analysis/analysis-frame";
import { TimelineFigures } from "@/components/analysis/timeline-figures";
import { monthOf } from "@/lib/analysis/partial-date";
import { pickOption } from "@/lib/analysis/pick-option";
import { loadAnalysisPage, type PageProps } from "../load-analysis-page";

export default async function TimelinePage(props: PageProps) {
  const { frame, query, analysis, notes, filterParams } = await loadAnalysisPage(props, "timeline", ["unit", "pfrom", "pto", "last"]);
  const last = Number(query.last);
  const settings = {
    unit: pickOption(query.unit, ["speakers", "statements"] as const, "speakers"),
    from: monthOf(query.pfrom ?? null),
    to: monthOf(query.pto ?? null),
    last: Number.isInteger(last) && last >= 1 && last <= 120 ? last : 3,
  };
  return <AnalysisFrame frame={frame}>{analysis && <TimelineFigures selection={analysis.selection} notes={notes} settings={settings} keep={filterParams} />}</AnalysisFrame>;
}
