"use client";

import { downloadFile } from "@/components/download-file";
import { type CsvValue, toCsvFile } from "@/lib/review/to-csv-file";

/** A button that downloads a table as a CSV file (UTF-8 with BOM, formula-like cells neutralised). */
export function CsvDownload({ filename, header, rows, label }: { filename: string; header: readonly string[]; rows: readonly (readonly CsvValue[])[]; label: string }) {
  function download() {
    downloadFile(filename, toCsvFile(header, rows), "text/csv;charset=utf-8");
  }
  return (
    <button type="button" className="secondary no-print" onClick={download}>
      {label}
    </button>
  );
}
