import Link from "next/link";
import { notFound } from "next/navigation";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getDocumentWithSpeaker } from "@/db/queries/documents";
import { annotations } from "@/db/schema";
import { ActionForm } from "@/components/admin/action-form";
import { documentAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { removeDocument, saveDocumentFacts } from "./actions";

const SPEAKER_FIELDS = [
  ["alias", "Speaker alias"],
  ["country", "Country of origin"],
  ["region", "Region"],
  ["gender", "Gender"],
  ["defectionDate", "Date of defection"],
] as const;

export default async function DocumentDetailsPage({ params }: { params: Promise<{ id: string; documentId: string }> }) {
  const { id: rawId, documentId: rawDocumentId } = await params;
  const projectId = Number(rawId);
  const documentId = Number(rawDocumentId);
  if (!Number.isInteger(projectId) || !Number.isInteger(documentId)) notFound();
  await requirePageAccess(() => documentAccess(documentId, ["supervisor"], projectId));
  const db = getDb();
  const row = getDocumentWithSpeaker(db, { id: documentId });
  if (!row) notFound();
  const { document, speaker } = row;
  const annotationCount = db.select({ n: count() }).from(annotations).where(eq(annotations.documentId, documentId)).get()?.n ?? 0;

  return (
    <>
      <h1 dir="auto">{document.title}</h1>
      <p>
        <Link href={`/documents/${documentId}`}>Open the statement</Link> · {document.length} characters · {annotationCount} annotations
      </p>
      <ActionForm action={saveDocumentFacts} submitLabel="Save facts" className="stack panel" label="Statement facts">
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="documentId" value={documentId} />
        <label>
          Title
          <input type="text" name="title" defaultValue={document.title} required dir="auto" />
        </label>
        <label>
          Date of the statement
          <input type="text" name="statementDate" defaultValue={document.statementDate ?? ""} placeholder="2015-03-21, 2015-03 or 2015" />
        </label>
        <label>
          Source
          <input type="text" name="sourceName" defaultValue={document.sourceName ?? ""} dir="auto" />
        </label>
        <label>
          Source URL
          <input type="text" name="sourceUrl" defaultValue={document.sourceUrl ?? ""} />
        </label>
        <p className="muted">The speaker&apos;s facts are shared by every statement of this speaker.</p>
        {SPEAKER_FIELDS.map(([field, label]) => (
          <label key={field}>
            {label}
            <input type="text" name={field} defaultValue={speaker?.[field] ?? ""} dir="auto" />
          </label>
        ))}
      </ActionForm>

      <ActionForm action={removeDocument} submitLabel="Delete statement" className="stack panel" danger label="Delete statement">
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="documentId" value={documentId} />
        <label className="check">
          <input type="checkbox" name="confirm" required /> Delete this statement and its {annotationCount} annotations for good (the audit log keeps a record)
        </label>
      </ActionForm>
    </>
  );
}
