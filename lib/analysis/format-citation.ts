import { UNKNOWN } from "./speaker-dimension";

export type CitedPassage = {
  quote: string;
  speaker: { alias: string; country: string | null; gender: string | null; defectionDate: string | null } | null;
  title: string;
  statementDate: string | null;
  sourceName: string | null;
  documentId: number;
  start: number;
  end: number;
  /** The absolute link to the passage. */
  url: string;
};

/**
 * A passage with its citation, as copied from the quote bank into a report: the quote, who said it, where and when,
 * and where exactly it sits in the statement (code points, end exclusive), unknown facts written as "unknown".
 */
export function formatCitation(passage: CitedPassage): string {
  const known = (value: string | null) => value?.trim() || UNKNOWN;
  const speaker = passage.speaker
    ? `${passage.speaker.alias} (${known(passage.speaker.country)}, ${known(passage.speaker.gender)}, defected ${known(passage.speaker.defectionDate)})`
    : "unknown speaker";
  const statement = [`“${passage.title}”`, known(passage.statementDate), passage.sourceName?.trim()].filter(Boolean).join(", ");
  return `“${passage.quote}” — ${speaker}; ${statement}; statement ${passage.documentId}, code points ${passage.start}–${passage.end}. ${passage.url}`;
}
