// Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | null;

export type CsvTable = {
  title: string;
  /** Lines saying what the numbers rest on: filters, source, bases. */
  notes: readonly string[];
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
};

/**
 * A table as a CSV file: UTF-8 with a byte order mark (so Excel reads Arabic correctly), CRLF line ends (RFC 4180).
 * The title and notes come first, each on a row whose first cell is "#", so R (comment.char = "#") and pandas
 * (comment = "#") skip them and a person sees which filters the numbers rest on.
 */
export function toCsv(table: CsvTable): string {
  const lines = [["#", table.title], ...table.notes.map((note) => ["#", note]), table.header, ...table.rows];
  return `\uFEFF${lines.map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("")}`;
}

/**
 * One cell: a text beginning with = + - @ tab or carriage return gets a leading ' so a spreadsheet shows it instead
 * of running it; then quoted when it holds a comma, quote or line break. Numbers stay numbers (a negative number is
 * no formula); null is an empty cell.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
