import type { ExportSpeaker } from "./types";

/** Column names for the speaker's facts: snake_case, valid as R, Stata, SPSS and pandas variable names. */
export const SPEAKER_COLUMNS = [
  "speaker_alias",
  "speaker_country",
  "speaker_region",
  "speaker_gender",
  "speaker_defection_date",
] as const;

/** The speaker's facts in the order of SPEAKER_COLUMNS; empty cells for a statement without a speaker. */
export function speakerCells(speaker: ExportSpeaker | null): (string | null)[] {
  if (speaker === null) return SPEAKER_COLUMNS.map(() => null);
  return [speaker.alias, speaker.country, speaker.region, speaker.gender, speaker.defectionDate];
}
