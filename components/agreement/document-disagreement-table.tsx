import Link from "next/link";
import { ADJUDICATION_STATUS_LABELS } from "@/lib/review/review-json";
import { CsvDownload } from "./csv-download";
import type { DocumentDisagreementItem } from "./dashboard-types";
import { formatCoefficient } from "./format-figures";

/**
 * Coded statements, the most disagreement first, each linking to its side-by-side review. Disagreement is
 * 1 − pairwise character overlap (see lib/review/measure-document-disagreement.ts).
 */
export function DocumentDisagreementTable({ projectId, documents, filenameBase }: { projectId: number; documents: readonly DocumentDisagreementItem[]; filenameBase: string }) {
  if (documents.length === 0) return <p>No coded statement matches: statements appear here once a coder submits them.</p>;
  return (
    <>
      <table>
        <caption>Statements by disagreement, worst first</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Statement</th>
            <th scope="col">Coders</th>
            <th scope="col">Disagreement</th>
            <th scope="col">Character overlap</th>
            <th scope="col">Passages</th>
            <th scope="col">Adjudication</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document, index) => (
            <tr key={document.documentId}>
              <td>{index + 1}</td>
              <th scope="row">
                <Link href={`/projects/${projectId}/review/${document.documentId}`} dir="auto">
                  {document.title}
                </Link>
              </th>
              <td>{document.coderNames.join(", ")}</td>
              <td>{formatCoefficient(document.disagreement)}</td>
              <td>{formatCoefficient(document.overlap)}</td>
              <td>{document.passages}</td>
              <td>{ADJUDICATION_STATUS_LABELS[document.adjudication]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Disagreement = 1 − Σ|A∩B| / Σ|A∪B|, summed over every pair of coders and every code, where A and B are the code points
        each coder gave the code. Passages are the stretches where the coders part, which the review steps through.
      </p>
      <CsvDownload
        filename={`${filenameBase}-statements-by-disagreement.csv`}
        label="Download statements by disagreement as CSV"
        header={["rank", "document_id", "title", "coders", "disagreement", "character_overlap", "passages", "adjudication"]}
        rows={documents.map((document, index) => [
          index + 1,
          document.documentId,
          document.title,
          document.coderNames.join(" "),
          document.disagreement,
          document.overlap,
          document.passages,
          document.adjudication,
        ])}
      />
    </>
  );
}
