export const documentStatuses = ["assigned", "in_progress", "submitted"] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** What the coder's document list shows of one assignment. */
export type AssignedDocument = {
  id: number;
  title: string;
  status: DocumentStatus;
  speakerAlias: string | null;
  speakerCountry: string | null;
  speakerRegion: string | null;
  speakerGender: string | null;
};

export type SpeakerFact = "speakerCountry" | "speakerRegion" | "speakerGender";

export type DocumentFilter = {
  /** "unfinished" is assigned or in progress. */
  status: "all" | "unfinished" | DocumentStatus;
  /** Wanted value per speaker fact; an absent or empty value matches every document. */
  facts: Partial<Record<SpeakerFact, string>>;
  /** Words to find in the title or the speaker's alias, ignoring case and diacritics (Arabic short vowels too). */
  query: string;
};

export const noFilter: DocumentFilter = { status: "all", facts: {}, query: "" };

/** For matching: lower case, compatibility forms folded, combining marks (accents, Arabic harakat) and tatweel removed. */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/[\p{M}\u0640]/gu, "").toLowerCase();
}

export function filterAssignedDocuments<T extends AssignedDocument>(rows: readonly T[], filter: DocumentFilter): T[] {
  const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.status === "unfinished" ? row.status === "submitted" : filter.status !== "all" && row.status !== filter.status) return false;
    for (const [fact, wanted] of Object.entries(filter.facts) as [SpeakerFact, string | undefined][]) {
      if (wanted && row[fact] !== wanted) return false;
    }
    const haystack = foldForSearch(`${row.title} ${row.speakerAlias ?? ""}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** The distinct known values of a speaker fact among `rows`, sorted, for a filter's choices. */
export function factValues(rows: readonly AssignedDocument[], fact: SpeakerFact): string[] {
  return [...new Set(rows.map((row) => row[fact]).filter((value): value is string => Boolean(value)))].sort((a, b) => a.localeCompare(b));
}
