import type { TableColumn, TableData } from "@/lib/analysis/table-data";
import type { CsvCell } from "@/lib/analysis/to-csv";
import { CsvDownloadButton } from "./csv-download-button";

/**
 * A table of figures with its CSV download. The first column names the row. `notes` (filters and base) head the
 * download, as the page shows them above the table.
 */
export function DataTable({ table, notes }: { table: TableData; notes: readonly string[] }) {
  const filename = `${table.caption.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "")}.csv`;
  const show = (cell: CsvCell, kind: TableColumn["kind"]) => (cell === null ? "–" : kind === "percent" ? `${(cell as number).toFixed(1)}%` : String(cell));
  const numeric = (kind: TableColumn["kind"]) => (kind === "count" || kind === "percent" ? "number" : undefined);
  return (
    <div className="analysis-section">
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.label} scope="col" className={numeric(column.kind)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) => {
                const kind = table.columns[index]?.kind;
                return index === 0 ? (
                  <th key={index} scope="row" dir="auto">
                    {show(cell, kind)}
                  </th>
                ) : (
                  <td key={index} className={numeric(kind)} dir={kind === "text" || !kind ? "auto" : undefined}>
                    {show(cell, kind)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="table-actions">
        <CsvDownloadButton
          table={{ title: table.caption, notes, header: table.columns.map((column) => column.label), rows: table.rows }}
          filename={filename}
          label={`Download “${table.caption}” as CSV`}
        />
      </div>
    </div>
  );
}
