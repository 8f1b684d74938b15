import Link from "next/link";
import { getDb } from "@/db/client";
import { getAssignedDocumentsByCoder } from "@/db/queries/documents";
import { StatusBadge } from "@/components/status-badge";
import { requirePageUser } from "@/server/page-access";

export default async function MyDocumentsPage() {
  const user = await requirePageUser();
  const rows = getAssignedDocumentsByCoder(getDb(), { coderId: user.id });
  const submitted = rows.filter((row) => row.status === "submitted").length;

  return (
    <>
      <h1>My documents</h1>
      <p className="muted">
        {submitted} of {rows.length} submitted
      </p>
      {rows.length === 0 ? (
        <p>No documents are assigned to you yet. A supervisor or the administrator assigns them.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Statement</th>
              <th>Speaker</th>
              <th>Country</th>
              <th>Date</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`/documents/${row.id}`} dir="auto">
                    {row.title}
                  </Link>
                </td>
                <td>{row.speakerAlias ?? "—"}</td>
                <td>{row.speakerCountry ?? "unknown"}</td>
                <td>{row.statementDate ?? "—"}</td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
