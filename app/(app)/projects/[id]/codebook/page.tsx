import { getDb } from "@/db/client";
import { loadCode } from "@/db/queries/code-edits";
import { getCodebookRows } from "@/db/queries/codes";
import { getCodeRevisions } from "@/db/queries/project-settings";
import { CodebookEditor } from "@/components/codebook/codebook-editor";
import { toCodeJson } from "@/lib/codebook/code-json";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { codebookSearchParams } from "./schemas";

export default async function CodebookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const id = Number((await params).id);
  await requirePageAccess(() => projectAccess(id, ["supervisor"]));
  const db = getDb();
  const rows = getCodebookRows(db, { projectId: id });
  const chosen = codebookSearchParams.safeParse(await searchParams);
  const codeId = chosen.success ? chosen.data.code : undefined;
  const selected = codeId === undefined ? undefined : loadCode(db, { projectId: id, codeId });
  const revisions = getCodeRevisions(db, { projectId: id });
  const nameOf = new Map(rows.map((code) => [code.id, code.name]));

  return (
    <>
      <h1>Codebook</h1>
      <p className="muted">Revising a code records the old and new wording with the date and round, so agreement before and after can be compared.</p>
      <CodebookEditor projectId={id} rows={rows} selected={selected?.ok ? toCodeJson(selected.value) : null} />
      <h2>Revisions</h2>
      {revisions.length === 0 ? (
        <p>No code has been revised yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Date</th>
              <th>Round</th>
              <th>Code</th>
              <th>By</th>
              <th>Definition before → after</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision, index) => (
              <tr key={index}>
                <td>{revision.at.toISOString().slice(0, 16).replace("T", " ")}</td>
                <td>{revision.round ?? "—"}</td>
                <td>{nameOf.get(revision.codeId) ?? revision.codeId}</td>
                <td>{revision.actor ?? "—"}</td>
                <td>
                  {revision.before?.definition === revision.after?.definition ? (
                    <span className="muted">(definition unchanged)</span>
                  ) : (
                    <>
                      <del>{revision.before?.definition}</del> → <ins>{revision.after?.definition}</ins>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
