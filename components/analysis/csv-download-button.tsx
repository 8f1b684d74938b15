"use client";

import { type CsvTable, toCsv } from "@/lib/analysis/to-csv";

/** Downloads a table as CSV: UTF-8 with BOM, the filters and base on its first rows, formula-like cells neutralised. */
export function CsvDownloadButton({ table, filename, label }: { table: CsvTable; filename: string; label: string }) {
  function download() {
    const url = URL.createObjectURL(new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.click();
    // The browser reads the blob after click() returns; freeing it at once could cut the download short.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return (
    <button type="button" className="secondary" onClick={download}>
      {label}
    </button>
  );
}
