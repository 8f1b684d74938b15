import type { CorpusSelection, Exclusions } from "./select-corpus";
import { type AnalysisFilters, FACT_FILTERS } from "./types";

/** The filters in words, for the page and for the head of every download. */
export function describeFilters(filters: AnalysisFilters, source: string): string {
  const parts = [`source ${source}`];
  if (filters.from || filters.to) parts.push(`period ${filters.from ?? "any time"} to ${filters.to ?? "any time"}`);
  for (const fact of FACT_FILTERS) if (filters[fact] !== null) parts.push(`${fact} ${filters[fact]}`);
  return parts.join("; ");
}

/** How many speakers and statements the filters kept of the project's, and why the others were left out. */
export function describeBase(selection: CorpusSelection): string {
  const { speakers, statements } = selection.corpus;
  return [
    `${selection.speakers.length} of ${speakers.length} speakers${describeExclusions(selection.excluded.speakers, "date of defection")}`,
    `${selection.statements.length} of ${statements.length} statements${describeExclusions(selection.excluded.statements, "statement date")}`,
  ].join("; ");
}

function describeExclusions(excluded: Exclusions, date: string): string {
  const reasons = [
    excluded.facts && `${excluded.facts} other speaker facts`,
    excluded.outside_period && `${excluded.outside_period} outside the period`,
    excluded.date_unknown && `${excluded.date_unknown} ${date} unknown`,
    excluded.date_imprecise && `${excluded.date_imprecise} ${date} too partial to place`,
  ].filter(Boolean);
  return reasons.length ? ` (left out: ${reasons.join(", ")})` : "";
}
