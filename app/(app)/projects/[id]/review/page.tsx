import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getDocumentDisagreementList } from "@/db/queries/review";
import { DocumentDisagreementTable } from "@/components/agreement/document-disagreement-table";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";

/** The statements to review, the most disagreement first, each with its adjudication status. */
export default async function ReviewListPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  await requirePageAccess(() => projectAccess(id, ["supervisor"]));
  const documents = getDocumentDisagreementList(getDb(), { projectId: id });
  return (
    <>
      <h1>Review and adjudication</h1>
      <p>Open a statement to see every coder&apos;s annotations side by side and build its consensus. Statements appear once a coder submits them.</p>
      <DocumentDisagreementTable projectId={id} documents={documents} filenameBase={`project-${id}`} />
    </>
  );
}
