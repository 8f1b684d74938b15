import { ADJUDICATION_STATUS_LABELS } from "@/lib/review/review-json";
import { CsvDownload } from "./csv-download";
import type { CoderProgressRow, DocumentProgressRow } from "./dashboard-types";
import { formatTime } from "./format-figures";

/** Coding progress per coder and per statement, with the time of the last change, each downloadable as CSV. */
export function ProgressTables({ coders, documents, filenameBase }: { coders: readonly CoderProgressRow[]; documents: readonly DocumentProgressRow[]; filenameBase: string }) {
  return (
    <>
      <table>
        <caption>Progress by coder</caption>
        <thead>
          <tr>
            <th scope="col">Coder</th>
            <th scope="col">Assigned</th>
            <th scope="col">Not started</th>
            <th scope="col">In progress</th>
            <th scope="col">Submitted</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {coders.map((coder) => (
            <tr key={coder.login}>
              <th scope="row">
                {coder.displayName} ({coder.login})
              </th>
              <td>{coder.assigned}</td>
              <td>{coder.assigned - coder.inProgress - coder.submitted}</td>
              <td>{coder.inProgress}</td>
              <td>{coder.submitted}</td>
              <td>{formatTime(coder.lastChange)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvDownload
        filename={`${filenameBase}-progress-by-coder.csv`}
        label="Download progress by coder as CSV"
        header={["coder", "assigned", "not_started", "in_progress", "submitted", "last_change"]}
        rows={coders.map((coder) => [coder.login, coder.assigned, coder.assigned - coder.inProgress - coder.submitted, coder.inProgress, coder.submitted, coder.lastChange])}
      />

      <table>
        <caption>Progress by statement</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col">Coders</th>
            <th scope="col">Not started</th>
            <th scope="col">In progress</th>
            <th scope="col">Submitted</th>
            <th scope="col">Last change</th>
            <th scope="col">Adjudication</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.documentId}>
              <th scope="row" dir="auto">
                {document.title}
              </th>
              <td>{document.assigned}</td>
              <td>{document.notStarted}</td>
              <td>{document.inProgress}</td>
              <td>{document.submitted}</td>
              <td>{formatTime(document.lastChange)}</td>
              <td>{ADJUDICATION_STATUS_LABELS[document.adjudication]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvDownload
        filename={`${filenameBase}-progress-by-statement.csv`}
        label="Download progress by statement as CSV"
        header={["document_id", "title", "coders", "not_started", "in_progress", "submitted", "last_change", "adjudication"]}
        rows={documents.map((document) => [
          document.documentId,
          document.title,
          document.assigned,
          document.notStarted,
          document.inProgress,
          document.submitted,
          document.lastChange,
          document.adjudication,
        ])}
      />
    </>
  );
}
