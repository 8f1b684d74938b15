import Link from "next/link";
import { countOf } from "@/lib/analysis/count-of";
import type { SearchLine } from "@/lib/analysis/search-lines";
import { UNKNOWN } from "@/lib/analysis/speaker-dimension";
import { CsvDownloadButton } from "./csv-download-button";

/** Keyword-in-context lines: each hit centred between a few words either side, linked to its place in the statement. */
export function SearchResults({ query, lines, total, shown, notes }: { query: string; lines: readonly SearchLine[]; total: number; shown: number; notes: readonly string[] }) {
  const caption = `“${query}” in context`;
  return (
    <div className="analysis-section">
      <p role="status">
        {total === 0
          ? `No statement under these filters contains “${query}”.`
          : `${countOf(total, "statement")} ${total === 1 ? "contains" : "contain"} “${query}”; ${countOf(lines.length, "hit")} in the first ${shown} of them.`}
      </p>
      {lines.length > 0 && (
        <>
          <table className="kwic">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Statement</th>
                <th scope="col">Speaker</th>
                <th scope="col">Date</th>
                <th scope="col">Before</th>
                <th scope="col">Hit</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={`${line.documentId}-${line.start}`}>
                  <td dir="auto">{line.title}</td>
                  <td dir="auto">{line.speakerAlias ?? UNKNOWN}</td>
                  <td className="date">{line.statementDate ?? UNKNOWN}</td>
                  <td className="before" dir="auto">
                    {line.cutBefore && "… "}
                    {line.before}
                  </td>
                  <td className="hit" dir="auto">
                    <Link href={line.href}>{line.hit}</Link>
                  </td>
                  <td className="after" dir="auto">
                    {line.after}
                    {line.cutAfter && " …"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="table-actions">
            <CsvDownloadButton
              filename="search-in-context.csv"
              label={`Download “${query}” in context as CSV`}
              table={{
                title: caption,
                notes: [...notes, `Lines from the first ${shown} of ${total} matching statements; start and end are code points, end exclusive`],
                header: ["statement_id", "statement", "speaker", "statement_date", "before", "hit", "after", "start", "end"],
                rows: lines.map((line) => [line.documentId, line.title, line.speakerAlias, line.statementDate, line.before, line.hit, line.after, line.start, line.end]),
              }}
            />
          </div>
        </>
      )}
    </div>
  );
}
