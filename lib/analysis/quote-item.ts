import { contextAround } from "./context-around";
import { passageHref } from "./passage-href";
import type { CorpusSelection } from "./select-corpus";
import type { CorpusPassage, CorpusSpeaker } from "./types";

export type QuoteItem = {
  passageId: number;
  codeName: string;
  documentId: number;
  title: string;
  statementDate: string | null;
  sourceName: string | null;
  speaker: Omit<CorpusSpeaker, "id"> | null;
  start: number;
  end: number;
  /** The quote as stored with the annotation. */
  quote: string;
  /** A few words either side, from the statement's current text. */
  before: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
  href: string;
};

export const CONTEXT_WORDS = 8;

/** A passage of the quote bank with its statement, speaker and context. */
export function toQuoteItem(
  selection: CorpusSelection,
  passage: CorpusPassage,
  stored: { quote: string; text: string; sourceName: string | null },
): QuoteItem {
  const statement = selection.statementById.get(passage.documentId)!;
  const speaker = statement.speakerId === null ? undefined : selection.speakerById.get(statement.speakerId);
  const context = contextAround(stored.text, passage.start, passage.end, CONTEXT_WORDS);
  return {
    passageId: passage.id,
    codeName: selection.corpus.codes.find((code) => code.id === passage.codeId)?.name ?? String(passage.codeId),
    documentId: passage.documentId,
    title: statement.title,
    statementDate: statement.statementDate,
    sourceName: stored.sourceName,
    speaker: speaker ? { alias: speaker.alias, country: speaker.country, region: speaker.region, gender: speaker.gender, defectionDate: speaker.defectionDate } : null,
    start: passage.start,
    end: passage.end,
    quote: stored.quote,
    before: context.before,
    after: context.after,
    cutBefore: context.cutBefore,
    cutAfter: context.cutAfter,
    href: passageHref(passage.documentId, passage.start, passage.end),
  };
}
