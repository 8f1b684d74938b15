// Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell, ready to join with commas. A text that begins with = + - @ tab or carriage return gets a single quote
 * in front, as OWASP recommends, so a spreadsheet shows "=HYPERLINK(...)" instead of running it; the text is then
 * quoted as RFC 4180 asks when it holds a comma, quote or line break, inner quotes doubled. Numbers are written as
 * they are: a negative number is no formula. Null is an empty cell.
 *
 * The quote stays in the data that R, Stata or pandas read, so a quote or memo starting with "-" comes back as "'-".
 * The code point offsets in the same row and the JSON Lines export keep the exact text.
 */
export function neutraliseCsvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
