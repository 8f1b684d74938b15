"use client";

import { downloadFile } from "@/components/download-file";
import { type CsvTable, toCsv } from "@/lib/analysis/to-csv";

/** Downloads a table as CSV: UTF-8 with BOM, the filters and base on its first rows, formula-like cells neutralised. */
export function CsvDownloadButton({ table, filename, label }: { table: CsvTable; filename: string; label: string }) {
  function download() {
    downloadFile(filename, toCsv(table), "text/csv;charset=utf-8");
  }
  return (
    <button type="button" className="secondary" onClick={download}>
      {label}
    </button>
  );
}
