"use client";

import { type CsvValue, toCsvFile } from "@/lib/review/to-csv-file";

/** A button that downloads a table as a CSV file (UTF-8 with BOM, formula-like cells neutralised). */
export function CsvDownload({ filename, header, rows, label }: { filename: string; header: readonly string[]; rows: readonly (readonly CsvValue[])[]; label: string }) {
  function download() {
    const url = URL.createObjectURL(new Blob([toCsvFile(header, rows)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.click();
    // The browser reads the blob after click() returns; freeing it at once could cut the download short.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return (
    <button type="button" className="secondary no-print" onClick={download}>
      {label}
    </button>
  );
}
