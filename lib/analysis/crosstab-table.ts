import type { Crosstab } from "./speaker-crosstab";
import { DIMENSION_LABELS, type SpeakerDimension } from "./speaker-dimension";
import type { TableData } from "./table-data";

/** Speakers by two facts, rows by the first and columns by the second, with totals. */
export function crosstabTable(table: Crosstab, rowDimension: SpeakerDimension, columnDimension: SpeakerDimension): TableData {
  return {
    caption: `Speakers by ${DIMENSION_LABELS[rowDimension].toLowerCase()} and ${DIMENSION_LABELS[columnDimension].toLowerCase()}`,
    columns: [
      { label: `${DIMENSION_LABELS[rowDimension]} \\ ${DIMENSION_LABELS[columnDimension]}` },
      ...table.columns.map((column) => ({ label: column, kind: "count" as const })),
      { label: "Total", kind: "count" },
    ],
    rows: [
      ...table.rows.map((row, index) => [row, ...table.counts[index]!, table.rowTotals[index]!]),
      ["Total", ...table.columnTotals, table.total],
    ],
  };
}
