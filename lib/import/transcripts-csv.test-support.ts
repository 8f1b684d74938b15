import Papa from "papaparse";

/**
 * A CSV of `rows` transcripts as a researcher's spreadsheet exports it, UTF-8 with a BOM: 700 speakers from two
 * countries, each statement about 480 characters of Arabic and English over two lines, with quotes and an emoji.
 * The parser's test and its bench (scripts/bench/csv-parse.bench.ts) read the same input.
 */
export function buildTranscriptsCsv(rows: number): Uint8Array {
  const records = Array.from({ length: rows }, (_, index) => ({
    alias: `Speaker ${index % 700}`,
    country: index % 700 < 350 ? "Syria" : "Iraq",
    defection_date: `${2013 + (index % 5)}`,
    text: `Statement ${index}: "they lied", ${"قال إنه غادر التنظيم. ".repeat(20)}\nsecond line 😔`,
  }));
  return new TextEncoder().encode(`\uFEFF${Papa.unparse(records)}`);
}
