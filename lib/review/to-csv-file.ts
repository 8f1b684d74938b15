import { toCsvLine } from "@/lib/export/to-csv-line";

export type CsvValue = string | number | null;

/**
 * A table as a CSV file: a UTF-8 byte order mark first (so Excel reads Arabic titles correctly), then the header and
 * rows as RFC 4180 records. Cells are neutralised by toCsvLine: text starting with = + - @ tab or CR gets a leading '.
 */
export function toCsvFile(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${toCsvLine(header)}${rows.map((row) => toCsvLine(row)).join("")}`;
}
