import { AnalysisFrame } from "@/components/analysis/analysis-frame";
import { SpeakerFigures } from "@/components/analysis/speaker-figures";
import { pickOption } from "@/lib/analysis/pick-option";
import { SPEAKER_DIMENSIONS } from "@/lib/analysis/speaker-dimension";
import { loadAnalysisPage, type PageProps } from "../load-analysis-page";

export default async function SpeakersPage(props: PageProps) {
  const { frame, query, analysis, notes, filterParams } = await loadAnalysisPage(props, "speakers", ["rows", "columns"]);
  const crosstab = { rows: pickOption(query.rows, SPEAKER_DIMENSIONS, "region"), columns: pickOption(query.columns, SPEAKER_DIMENSIONS, "gender") };
  return <AnalysisFrame frame={frame}>{analysis && <SpeakerFigures selection={analysis.selection} notes={notes} crosstab={crosstab} keep={filterParams} />}</AnalysisFrame>;
}
