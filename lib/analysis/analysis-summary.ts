import { coOccurrence } from "./co-occurrence";
import { narrativeFigures } from "./narrative-figures";
import { countsObject, tally } from "./order-categories";
import { monthOf, yearOf } from "./partial-date";
import type { CorpusSelection, Exclusions } from "./select-corpus";
import { type SpeakerDimension, speakerCategory, UNKNOWN } from "./speaker-dimension";
import type { AnalysisFilters } from "./types";

export type SummaryContext = {
  project: { id: number; name: string };
  /** As written in requests: "consensus", "any" or "coder:LOGIN". */
  source: string;
  /** Whether the source was asked for or is the project's default (consensus when there is any, else any coder). */
  sourceChosen: "requested" | "default";
};

export type AnalysisSummary = {
  base: {
    project: { id: number; name: string };
    source: string;
    source_chosen: "requested" | "default";
    filters: AnalysisFilters;
    speakers: { in_project: number; selected: number; excluded: Exclusions };
    statements: { in_project: number; selected: number; excluded: Exclusions };
    counting: Record<"speakers" | "statements" | "passages", string>;
  };
  speakers: { total: number; with_coded_statements: number } & Record<`by_${SpeakerDimension}`, Record<string, number>>;
  statements: { total: number; coded: number; without_speaker: number; by_year: Record<string, number>; by_month: Record<string, number> };
  narratives: Record<string, { speakers: number; statements: number; passages: number }>;
  co_occurrence: Record<string, Record<string, number>>;
};

const COUNTING = {
  speakers: "each speaker once, selected by their facts and date of defection; a speaker uses a code when any of their statements has it",
  statements: "each statement once, selected by its speaker's facts and its own date",
  passages: "coded passages of the selected statements; identical spans marked by several coders count once",
};

/**
 * The figures of the analysis pages as one JSON object: the command line and GET /api/projects/:id/analysis answer it.
 * Every `by_*` maps a category to its count, unknown values under "unknown"; shares are left to the reader, with
 * their bases in `total`, `coded` and `base`.
 */
export function analysisSummary(selection: CorpusSelection, context: SummaryContext): AnalysisSummary {
  const narratives = narrativeFigures(selection);
  const pairs = coOccurrence(selection);
  const byDimension = (dimension: SpeakerDimension, order: "time" | "size") =>
    countsObject(tally(selection.speakers.map((speaker) => speakerCategory(speaker, dimension))), order);
  const statementDates = selection.statements.map((statement) => statement.statementDate);
  return {
    base: {
      project: context.project,
      source: context.source,
      source_chosen: context.sourceChosen,
      filters: selection.filters,
      speakers: { in_project: selection.corpus.speakers.length, selected: selection.speakers.length, excluded: selection.excluded.speakers },
      statements: { in_project: selection.corpus.statements.length, selected: selection.statements.length, excluded: selection.excluded.statements },
      counting: COUNTING,
    },
    speakers: {
      total: selection.speakers.length,
      with_coded_statements: narratives.bases.codedSpeakers,
      by_region: byDimension("region", "size"),
      by_country: byDimension("country", "size"),
      by_gender: byDimension("gender", "size"),
      by_defection_year: byDimension("defection_year", "time"),
      by_defection_month: byDimension("defection_month", "time"),
    },
    statements: {
      total: selection.statements.length,
      coded: narratives.bases.codedStatements,
      without_speaker: selection.statements.filter((statement) => statement.speakerId === null).length,
      by_year: countsObject(tally(statementDates.map((date) => yearOf(date) ?? UNKNOWN)), "time"),
      by_month: countsObject(tally(statementDates.map((date) => monthOf(date) ?? UNKNOWN)), "time"),
    },
    narratives: Object.fromEntries(narratives.rows.map(({ code, speakers, statements, passages }) => [code.name, { speakers, statements, passages }])),
    co_occurrence: Object.fromEntries(
      selection.corpus.codes.map((code, i) => [code.name, Object.fromEntries(selection.corpus.codes.map((other, j) => [other.name, pairs.matrix[i]![j]!]))]),
    ),
  };
}
