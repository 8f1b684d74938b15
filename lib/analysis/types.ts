/**
 * The plain rows the corpus analysis works on, loaded by db/queries/analysis.ts. Facts are stored as typed on import;
 * a missing or blank fact is unknown and becomes the category "unknown", never dropped.
 */
export type CorpusSpeaker = {
  id: number;
  alias: string;
  country: string | null;
  region: string | null;
  gender: string | null;
  /** ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
  defectionDate: string | null;
};

export type CorpusStatement = {
  id: number;
  speakerId: number | null;
  title: string;
  /** ISO date, possibly partial. */
  statementDate: string | null;
};

export type CorpusCode = { id: number; name: string; label: string; color: string };

/**
 * That a statement is coded with a code, and with how many passages. With "any coder" identical spans of several
 * coders count as one passage.
 */
export type CorpusCoding = { documentId: number; codeId: number; passages: number };

/** One coded passage of the chosen source, for the quote bank. Offsets are code points, end exclusive. */
export type CorpusPassage = { id: number; documentId: number; codeId: number; start: number; end: number };

export type AnalysisCorpus = {
  speakers: readonly CorpusSpeaker[];
  statements: readonly CorpusStatement[];
  /** In codebook order. */
  codes: readonly CorpusCode[];
  codings: readonly CorpusCoding[];
};

/** Which layer of codes is counted: the adjudicated consensus, every coder's together, or one coder's. */
export type AnalysisSource = { kind: "consensus" } | { kind: "any" } | { kind: "coder"; login: string };

/** Speaker facts the corpus can be narrowed to; "unknown" selects the speakers without the fact. */
export const FACT_FILTERS = ["region", "country", "gender"] as const;
export type FactFilter = (typeof FACT_FILTERS)[number];

/** A period is inclusive at both ends, as whole days: `from` is its first day, `to` its last. */
export type Period = { from: string | null; to: string | null };

export type AnalysisFilters = Period & Record<FactFilter, string | null>;
