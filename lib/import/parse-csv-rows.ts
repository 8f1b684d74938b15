import Papa from "papaparse";
import { replaceForbiddenCharacters } from "../text/forbidden-characters";
import { countCodePointsUpTo } from "./count-code-points-up-to";

export type CsvRows =
  /** `rows[0]` is the header; `unbalancedRows` holds indices into `rows` of rows whose quotes do not balance. */
  | { ok: true; rows: string[][]; unbalancedRows: Set<number> }
  /** The count of the counted column passed `maxCharacters` at this row (the header being row 1); parsing stopped. */
  | { ok: false; rowNumber: number };

/**
 * Parses CSV text into rows of cells, counting the code points of one column as the rows are parsed and stopping at
 * the row that takes the count past `maxCharacters`, so a file over the limit is not read to its end. The column is
 * chosen from the header row by `countedColumn` (-1: none). Cells are counted as written, before trimming. Every cell's
 * control characters and lone surrogates become U+FFFD, so no field of a statement or its speaker stores one.
 */
export function parseCsvRows(
  text: string,
  { delimiter, countedColumn, maxCharacters }: {
    delimiter: string;
    countedColumn: (header: string[]) => number;
    maxCharacters: number;
  },
): CsvRows {
  const rows: string[][] = [];
  const unbalancedRows = new Set<number>();
  let column = -1;
  let characters = 0;
  let passedAtRow: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    // In step mode papaparse hands over one row at a time, with the errors found in that row.
    step: ({ data: cells, errors }, parser) => {
      const index = rows.length;
      rows.push(cells.map(replaceForbiddenCharacters));
      if (errors.some((error) => error.type === "Quotes")) unbalancedRows.add(index);
      if (index === 0) {
        column = countedColumn(cells);
        return;
      }
      characters += countCodePointsUpTo(cells[column] ?? "", maxCharacters - characters);
      if (characters > maxCharacters) {
        passedAtRow = index + 1;
        parser.abort();
      }
    },
  });
  return passedAtRow === null ? { ok: true, rows, unbalancedRows } : { ok: false, rowNumber: passedAtRow };
}
