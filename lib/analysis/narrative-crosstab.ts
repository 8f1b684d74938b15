import { yearOf } from "./partial-date";
import { orderCategories, tally } from "./order-categories";
import type { CorpusSelection } from "./select-corpus";
import { speakerCategory, UNKNOWN } from "./speaker-dimension";
import { speakerCodes } from "./narrative-figures";
import type { TimelineUnit } from "./monthly-timeline";

export const NARRATIVE_DIMENSIONS = ["region", "country", "gender", "year"] as const;
export type NarrativeDimension = (typeof NARRATIVE_DIMENSIONS)[number];

export const NARRATIVE_DIMENSION_LABELS: Record<NarrativeDimension, string> = {
  region: "Region",
  country: "Country",
  gender: "Gender",
  year: "Year",
};

export type NarrativeCrosstab = {
  unit: TimelineUnit;
  dimension: NarrativeDimension;
  categories: string[];
  /** Units in each category: the base of that column's shares. */
  bases: number[];
  /** counts[code][category], codes in codebook order. */
  counts: number[][];
};

/**
 * Each code's use within each category: speakers by their facts ("year" is the year of defection), or statements by
 * their speaker's facts ("year" is the year of the statement). A cell's share is of the units in its category.
 */
export function narrativeCrosstab(selection: CorpusSelection, unit: TimelineUnit, dimension: NarrativeDimension): NarrativeCrosstab {
  const units =
    unit === "speakers"
      ? selection.speakers.map((speaker) => ({
          category: dimension === "year" ? (yearOf(speaker.defectionDate) ?? UNKNOWN) : speakerCategory(speaker, dimension),
          id: speaker.id,
        }))
      : selection.statements.map((statement) => ({
          category:
            dimension === "year"
              ? (yearOf(statement.statementDate) ?? UNKNOWN)
              : speakerCategory(statement.speakerId === null ? undefined : selection.speakerById.get(statement.speakerId), dimension),
          id: statement.id,
        }));
  const codesOf = unit === "speakers" ? speakerCodes(selection) : selection.codesByStatement;
  const baseCounts = tally(units.map(({ category }) => category));
  const categories = orderCategories(baseCounts, dimension === "year" ? "time" : "size");
  const codeIndex = new Map(selection.corpus.codes.map((code, index) => [code.id, index]));
  const counts = selection.corpus.codes.map(() => categories.map(() => 0));
  for (const { category, id } of units) {
    const column = categories.indexOf(category);
    for (const code of codesOf.get(id) ?? []) {
      const row = codeIndex.get(code);
      if (row !== undefined) counts[row]![column]!++;
    }
  }
  return { unit, dimension, categories, bases: categories.map((category) => baseCounts.get(category)!), counts };
}
