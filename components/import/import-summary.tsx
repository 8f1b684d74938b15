import { countOf } from "@/lib/analysis/count-of";
import type { FileReport } from "@/lib/import/types";

export function ImportSummary({ reports }: { reports: FileReport[] }) {
  const imported = reports.reduce((sum, report) => sum + report.imported, 0);
  const duplicates = reports.reduce((sum, report) => sum + report.duplicates.length, 0);
  const refused = reports.filter((report) => report.status === "refused");
  return (
    <section className="panel" aria-label="Import summary" role="status">
      <h2>Summary</h2>
      <p>
        {countOf(imported, "statement")} imported, {duplicates} skipped as {duplicates === 1 ? "a duplicate" : "duplicates"}, {countOf(refused.length, "file")} refused.
      </p>
      <ul>
        {reports.map((report) => (
          <li key={report.file}>
            <strong>{report.file}</strong>: {report.status}
            {report.imported > 0 && ` (${countOf(report.imported, "statement")})`}
            {report.duplicates.length > 0 && ` — already in the project: ${report.duplicates.join(", ")}`}
            {report.messages.map((message) => (
              <div key={message} className={report.status === "refused" ? "error" : "muted"}>
                {message}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
