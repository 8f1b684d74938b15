import { percentOrNull } from "./format-share";
import { DIMENSION_LABELS, type SpeakerDimension } from "./speaker-dimension";
import type { DistributionRow } from "./speaker-distribution";
import type { TableData } from "./table-data";

/** Speakers and statements by one fact, each share of its own column's total, the bases named in the headers. */
export function distributionTable(rows: readonly DistributionRow[], dimension: SpeakerDimension): TableData {
  const speakers = rows.reduce((sum, row) => sum + row.speakers, 0);
  const statements = rows.reduce((sum, row) => sum + row.statements, 0);
  return {
    caption: `Speakers and statements by ${DIMENSION_LABELS[dimension].toLowerCase()}`,
    columns: [
      { label: DIMENSION_LABELS[dimension] },
      { label: "Speakers", kind: "count" },
      { label: `% of ${speakers} speakers`, kind: "percent" },
      { label: "Statements", kind: "count" },
      { label: `% of ${statements} statements`, kind: "percent" },
    ],
    rows: [
      ...rows.map((row) => [row.category, row.speakers, percentOrNull(row.speakers, speakers), row.statements, percentOrNull(row.statements, statements)]),
      ["Total", speakers, percentOrNull(speakers, speakers), statements, percentOrNull(statements, statements)],
    ],
  };
}
