import type { CsvRowError, StatementRow } from "./read-statement-row";

/** A speaker as the CSV describes them: the facts of all their rows together. */
export type CsvSpeaker = {
  alias: string;
  country: string | null;
  region: string | null;
  gender: string | null;
  defectionDate: string | null;
  /** Rows of this speaker's statements, the header being row 1. */
  rowNumbers: number[];
};

const FACTS = ["country", "region", "gender", "defectionDate"] as const;
type Fact = (typeof FACTS)[number];

/** Speakers by alias, each with the row every fact was first given in, to point at when a later row contradicts it. */
export type SpeakerTally = Map<string, { speaker: CsvSpeaker; rowOfFact: Map<Fact, number> }>;

/**
 * Adds a row with an alias to its speaker in `tally` (aliases compared exactly, after trimming and collapsing spaces),
 * filling in facts earlier rows left blank. A fact that contradicts an earlier row is refused: the speaker is left
 * unchanged and an error per contradicting fact is returned, naming its column.
 */
export function addSpeakerRow(
  tally: SpeakerTally,
  row: StatementRow & { alias: string },
  columnOf: (fact: Fact) => string,
): CsvRowError[] {
  const entry = tally.get(row.alias) ?? {
    speaker: { alias: row.alias, country: null, region: null, gender: null, defectionDate: null, rowNumbers: [] },
    rowOfFact: new Map<Fact, number>(),
  };
  const { speaker, rowOfFact } = entry;
  const errors = FACTS.flatMap((fact) => {
    const earlier = speaker[fact];
    const value = row[fact];
    if (earlier === null || value === null || earlier === value) return [];
    const column = columnOf(fact);
    const message =
      `Row ${row.rowNumber}, column "${column}": "${value}" differs from "${earlier}" given for ${row.alias} in row ` +
      `${rowOfFact.get(fact)}. Make the rows agree, or give the two speakers different aliases.`;
    return [{ rowNumber: row.rowNumber, column, message }];
  });
  if (errors.length > 0) return errors;
  for (const fact of FACTS) {
    const value = row[fact];
    if (speaker[fact] === null && value !== null) {
      speaker[fact] = value;
      rowOfFact.set(fact, row.rowNumber);
    }
  }
  speaker.rowNumbers.push(row.rowNumber);
  tally.set(row.alias, entry);
  return [];
}
