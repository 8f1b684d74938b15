import { orderCategories, tally } from "./order-categories";
import type { CorpusSelection } from "./select-corpus";
import { isTimeDimension, type SpeakerDimension, speakerCategory } from "./speaker-dimension";

export type Crosstab = {
  rows: string[];
  columns: string[];
  /** counts[row][column]: speakers in both categories. */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
};

/** Selected speakers counted once in the cell of their two facts, with totals; unknown is a row and a column. */
export function speakerCrosstab(selection: CorpusSelection, rowDimension: SpeakerDimension, columnDimension: SpeakerDimension): Crosstab {
  const pairs = selection.speakers.map((speaker) => [speakerCategory(speaker, rowDimension), speakerCategory(speaker, columnDimension)] as const);
  const order = (dimension: SpeakerDimension) => (isTimeDimension(dimension) ? "time" : "size");
  const rows = orderCategories(tally(pairs.map(([row]) => row)), order(rowDimension));
  const columns = orderCategories(tally(pairs.map(([, column]) => column)), order(columnDimension));
  const counts = rows.map(() => columns.map(() => 0));
  for (const [row, column] of pairs) counts[rows.indexOf(row)]![columns.indexOf(column)]!++;
  return {
    rows,
    columns,
    counts,
    rowTotals: counts.map((cells) => cells.reduce((sum, n) => sum + n, 0)),
    columnTotals: columns.map((_, column) => counts.reduce((sum, cells) => sum + cells[column]!, 0)),
    total: pairs.length,
  };
}
