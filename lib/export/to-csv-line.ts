import { neutraliseCsvCell } from "./neutralise-csv-cell";

/** One CSV record: cells neutralised and quoted, joined by commas, ended by CRLF as RFC 4180 asks. */
export function toCsvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(neutraliseCsvCell).join(",")}\r\n`;
}
