import type { QuoteItem } from "./quote-item";
import { UNKNOWN } from "./speaker-dimension";
import type { CsvTable } from "./to-csv";

/** The quote bank of one code as a table for download, every passage with its speaker's facts, context and link. */
export function quoteBankCsv(items: readonly QuoteItem[], { codeName, notes, origin }: { codeName: string; notes: readonly string[]; origin: string }): CsvTable {
  const known = (value: string | null | undefined) => value?.trim() || UNKNOWN;
  return {
    title: `Quote bank: ${codeName}`,
    notes: [...notes, "start and end are code points, zero-based, end exclusive"],
    header: ["code", "statement_id", "statement", "statement_date", "source", "speaker", "country", "region", "gender", "defection_date",
      "start", "end", "before", "quote", "after", "link"],
    rows: items.map((item) => [
      item.codeName,
      item.documentId,
      item.title,
      known(item.statementDate),
      item.sourceName,
      item.speaker?.alias ?? UNKNOWN,
      known(item.speaker?.country),
      known(item.speaker?.region),
      known(item.speaker?.gender),
      known(item.speaker?.defectionDate),
      item.start,
      item.end,
      item.before,
      item.quote,
      item.after,
      new URL(item.href, origin).href,
    ]),
  };
}
