import { placeInPeriod } from "./partial-date";
import { speakerCategory } from "./speaker-dimension";
import { type AnalysisCorpus, type AnalysisFilters, type CorpusCoding, type CorpusSpeaker, type CorpusStatement, FACT_FILTERS } from "./types";

/** Why units were left out by the filters, one count per reason (the first reason that applies). */
export type Exclusions = { facts: number; outside_period: number; date_unknown: number; date_imprecise: number };

export type CorpusSelection = {
  corpus: AnalysisCorpus;
  filters: AnalysisFilters;
  speakerById: ReadonlyMap<number, CorpusSpeaker>;
  statementById: ReadonlyMap<number, CorpusStatement>;
  /** Speakers whose facts match and whose date of defection lies in the period. */
  speakers: CorpusSpeaker[];
  /** Statements whose speaker's facts match and whose own date lies in the period. */
  statements: CorpusStatement[];
  /** Codings of the selected statements. */
  codings: CorpusCoding[];
  /** Codes of each statement of the corpus, selected or not (a speaker's narratives come from all their statements). */
  codesByStatement: ReadonlyMap<number, ReadonlySet<number>>;
  excluded: { speakers: Exclusions; statements: Exclusions };
};

/**
 * Applies the filters to the whole corpus at once, so every figure of a page rests on the same selection:
 * - a speaker is selected when their facts match and their date of defection lies in the period;
 * - a statement is selected when its speaker's facts match (a statement without a speaker has unknown facts) and its
 *   own date lies in the period.
 * With a period set, a date that is missing, or too partial to say ("2015" against January to August 2015), leaves
 * the unit out; each such unit is counted under its reason in `excluded`.
 */
export function selectCorpus(corpus: AnalysisCorpus, filters: AnalysisFilters): CorpusSelection {
  const speakerById = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  const excluded = { speakers: noExclusions(), statements: noExclusions() };
  const factsMatch = (speaker: CorpusSpeaker | undefined) =>
    FACT_FILTERS.every((fact) => filters[fact] === null || speakerCategory(speaker, fact) === filters[fact]);
  const keep = (counts: Exclusions, speaker: CorpusSpeaker | undefined, date: string | null) => {
    if (!factsMatch(speaker)) {
      counts.facts++;
      return false;
    }
    const placement = placeInPeriod(date, filters);
    if (placement === "inside") return true;
    counts[placement === "outside" ? "outside_period" : placement === "unknown" ? "date_unknown" : "date_imprecise"]++;
    return false;
  };

  const speakers = corpus.speakers.filter((speaker) => keep(excluded.speakers, speaker, speaker.defectionDate));
  const statements = corpus.statements.filter((statement) =>
    keep(excluded.statements, statement.speakerId === null ? undefined : speakerById.get(statement.speakerId), statement.statementDate),
  );
  const selectedStatementIds = new Set(statements.map((statement) => statement.id));
  const codesByStatement = new Map<number, Set<number>>();
  for (const coding of corpus.codings) {
    let codes = codesByStatement.get(coding.documentId);
    if (!codes) codesByStatement.set(coding.documentId, (codes = new Set()));
    codes.add(coding.codeId);
  }
  return {
    corpus,
    filters,
    speakerById,
    statementById: new Map(corpus.statements.map((statement) => [statement.id, statement])),
    speakers,
    statements,
    codings: corpus.codings.filter((coding) => selectedStatementIds.has(coding.documentId)),
    codesByStatement,
    excluded,
  };
}

function noExclusions(): Exclusions {
  return { facts: 0, outside_period: 0, date_unknown: 0, date_imprecise: 0 };
}

/** Whether any filter is set; with none, every statement of the project is selected. */
export function hasFilters(filters: AnalysisFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}
