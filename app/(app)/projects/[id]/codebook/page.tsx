import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getCodeRevisions } from "@/db/queries/project-settings";
import { codes } from "@/db/schema";
import { ActionForm } from "@/components/admin/action-form";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { reviseCode } from "../actions";

const FIELDS = [
  ["definition", "Definition"],
  ["inclusion", "Include when"],
  ["exclusion", "Exclude when"],
  ["example", "Example"],
] as const;

export default async function CodebookPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  await requirePageAccess(() => projectAccess(id, ["supervisor"]));
  const db = getDb();
  const codebook = db.select().from(codes).where(eq(codes.projectId, id)).orderBy(asc(codes.position)).all();
  const revisions = getCodeRevisions(db, { projectId: id });
  const nameOf = new Map(codebook.map((code) => [code.id, code.name]));

  return (
    <>
      <h1>Codebook</h1>
      <p className="muted">Revising a code records the old and new wording with the date and round, so agreement before and after can be compared.</p>
      {codebook.map((code) => (
        <ActionForm key={code.id} action={reviseCode} submitLabel={`Save ${code.label}`} className="stack panel" label={`Code ${code.name}`}>
          <input type="hidden" name="projectId" value={id} />
          <input type="hidden" name="codeId" value={code.id} />
          <p>
            Key <kbd>{code.shortcut ?? "—"}</kbd>
          </p>
          <label>
            Name
            <input type="text" name="name" defaultValue={code.name} required />
          </label>
          <label>
            Short label
            <input type="text" name="label" defaultValue={code.label} required />
          </label>
          <label>
            Colour
            <input type="color" name="color" defaultValue={code.color} />
          </label>
          {FIELDS.map(([field, label]) => (
            <label key={field}>
              {label}
              <textarea name={field} defaultValue={code[field]} rows={3} />
            </label>
          ))}
        </ActionForm>
      ))}
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
