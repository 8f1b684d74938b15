"use client";

import { STATEMENT_CSV_FIELDS } from "@/lib/import/suggest-column-mapping";
import type { CsvPreview } from "./types";

/** The supervisor maps each CSV column to a field (or leaves it out) while looking at the first rows. */
export function CsvMapping({ preview, mapping, onChange }: {
  preview: CsvPreview;
  mapping: Record<string, string | null>;
  onChange: (mapping: Record<string, string | null>) => void;
}) {
  const { headers, rows } = preview.preview;
  return (
    <div className="panel" role="group" aria-label={`Columns of ${preview.file}`}>
      <p>
        <strong>{preview.file}</strong>: {preview.rows} statements. Map each column, then import.
      </p>
      {preview.problem && <p className="error">{preview.problem}</p>}
      <div style={{ overflowX: "auto" }}>
        <table>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header}>
                  <label>
                    {header}
                    <select
                      aria-label={`Field for column ${header}`}
                      value={mapping[header] ?? ""}
                      onChange={(event) => onChange({ ...mapping, [header]: event.target.value || null })}
                    >
                      <option value="">(leave out)</option>
                      {STATEMENT_CSV_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {field}
                        </option>
                      ))}
                    </select>
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column} dir="auto">
                    {cell.length > 80 ? `${cell.slice(0, 80)}…` : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
