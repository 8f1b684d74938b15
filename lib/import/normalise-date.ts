const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

const NUMERIC = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[t ]\d{1,2}:\d{2}.*)?)?)?$/;
const DAY_MONTH_YEAR = /^(?:(\d{1,2})\.? )?([a-z]{3,9})\.?,? (\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;

function monthNumber(name: string): number | undefined {
  const index = name.length >= 3 ? MONTHS.findIndex((month) => month.startsWith(name)) : -1;
  return index >= 0 ? index + 1 : undefined;
}

function format(year: number, month?: number, day?: number): string | null {
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  const yearMonth = `${year}-${String(month).padStart(2, "0")}`;
  if (day === undefined) return yearMonth;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? `${yearMonth}-${String(day).padStart(2, "0")}` : null;
}

function parseNumber(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

/**
 * A date as ISO 8601: "YYYY-MM-DD", or the reduced precisions "YYYY-MM" and "YYYY" when only the month or year is
 * known, as is common for a defection. Accepted: 2015-03-07 (also with / or . and a time after it, as spreadsheets
 * write), 2015-03, 2015, 7 March 2015, March 7, 2015, March 2015 (English month names, full or abbreviated). Refused
 * (null): impossible dates such as 2015-02-30, and 07/03/2015, which reads as 7 March in Europe and 3 July in the US.
 */
export function normaliseDate(value: string): string | null {
  const text = value.trim().toLowerCase().replace(/\s+/g, " ");
  const numeric = NUMERIC.exec(text);
  if (numeric) return format(Number(numeric[1]), parseNumber(numeric[2]), parseNumber(numeric[3]));
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const month = monthName === undefined ? undefined : monthNumber(monthName);
  if (month === undefined || year === undefined) return null;
  return format(Number(year), month, parseNumber(day));
}
