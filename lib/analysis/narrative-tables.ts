import type { CoOccurrence } from "./co-occurrence";
import { percentOrNull } from "./format-share";
import type { TimelineUnit } from "./monthly-timeline";
import { NARRATIVE_DIMENSION_LABELS, type NarrativeCrosstab } from "./narrative-crosstab";
import type { NarrativeFigures } from "./narrative-figures";
import type { CorpusCode } from "./types";
import type { TableData } from "./table-data";

/** Each code's speakers, statements and passages, with shares of all and of the coded units, bases in the headers. */
export function narrativeTable({ rows, bases }: NarrativeFigures): TableData {
  return {
    caption: "Narratives: speakers and statements using each code",
    columns: [
      { label: "Code" },
      { label: "Speakers", kind: "count" },
      { label: `% of ${bases.speakers} speakers`, kind: "percent" },
      { label: `% of ${bases.codedSpeakers} speakers with any code`, kind: "percent" },
      { label: "Statements", kind: "count" },
      { label: `% of ${bases.statements} statements`, kind: "percent" },
      { label: `% of ${bases.codedStatements} coded statements`, kind: "percent" },
      { label: "Passages", kind: "count" },
    ],
    rows: rows.map((row) => [
      row.code.name,
      row.speakers,
      percentOrNull(row.speakers, bases.speakers),
      percentOrNull(row.speakers, bases.codedSpeakers),
      row.statements,
      percentOrNull(row.statements, bases.statements),
      percentOrNull(row.statements, bases.codedStatements),
      row.passages,
    ]),
  };
}

const UNIT_NAMES: Record<TimelineUnit, string> = { speakers: "speakers", statements: "statements" };

/** Each code within each category: the count, and its share of the category's units. */
export function narrativeCrosstabTable(table: NarrativeCrosstab, codes: readonly CorpusCode[]): TableData {
  const unit = UNIT_NAMES[table.unit];
  const dimension = table.dimension === "year" ? (table.unit === "speakers" ? "year of defection" : "year of statement") : NARRATIVE_DIMENSION_LABELS[table.dimension].toLowerCase();
  return {
    caption: `Narratives by ${dimension}: ${unit} using each code`,
    columns: [
      { label: "Code" },
      ...table.categories.flatMap((category, index) => [
        { label: `${category}: ${unit}`, kind: "count" as const },
        { label: `${category}: % of ${table.bases[index]}`, kind: "percent" as const },
      ]),
    ],
    rows: [
      ...codes.map((code, row) => [code.name, ...table.categories.flatMap((_, column) => [table.counts[row]![column]!, percentOrNull(table.counts[row]![column]!, table.bases[column]!)])]),
      [`All ${unit}`, ...table.bases.flatMap((base) => [base, null])],
    ],
  };
}

/** Statements coded with both codes; the diagonal holds the statements with each code. */
export function coOccurrenceTable({ matrix, codedStatements }: CoOccurrence, codes: readonly CorpusCode[]): TableData {
  return {
    caption: `Co-occurrence: statements coded with both codes (of ${codedStatements} coded statements)`,
    columns: [{ label: "Code" }, ...codes.map((code) => ({ label: code.name, kind: "count" as const }))],
    rows: codes.map((code, i) => [code.name, ...matrix[i]!]),
  };
}
