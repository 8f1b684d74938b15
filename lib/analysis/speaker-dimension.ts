import { monthOf, yearOf } from "./partial-date";
import type { CorpusSpeaker } from "./types";

/** The category of a missing, blank or unreadable fact: counted and shown like any other, never dropped. */
export const UNKNOWN = "unknown";

export const SPEAKER_DIMENSIONS = ["region", "country", "gender", "defection_year", "defection_month"] as const;
export type SpeakerDimension = (typeof SPEAKER_DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<SpeakerDimension, string> = {
  region: "Region",
  country: "Country",
  gender: "Gender",
  defection_year: "Year of defection",
  defection_month: "Month of defection",
};

/** Dimensions whose categories are ordered by time rather than by size. */
export const isTimeDimension = (dimension: SpeakerDimension) => dimension === "defection_year" || dimension === "defection_month";

/** The speaker's category on `dimension`; a statement without a speaker has unknown facts. */
export function speakerCategory(speaker: CorpusSpeaker | undefined, dimension: SpeakerDimension): string {
  if (!speaker) return UNKNOWN;
  switch (dimension) {
    case "defection_year":
      return yearOf(speaker.defectionDate) ?? UNKNOWN;
    case "defection_month":
      return monthOf(speaker.defectionDate) ?? UNKNOWN;
    default:
      return factCategory(speaker[dimension]);
  }
}

/** A stored fact as a category: trimmed, with blank and "unknown" (any case) under UNKNOWN. */
export function factCategory(value: string | null): string {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" || trimmed.toLowerCase() === UNKNOWN ? UNKNOWN : trimmed;
}
