import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { loadReview } from "@/db/queries/review";
import { ReviewView } from "@/components/review/review-view";
import { documentAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";

/** One statement's coders side by side, its disagreements and its consensus (supervisors of its project only). */
export default async function ReviewDocumentPage({ params }: { params: Promise<{ id: string; documentId: string }> }) {
  const { id, documentId } = await params;
  const projectId = Number(id);
  const docId = Number(documentId);
  if (!Number.isInteger(projectId) || !Number.isInteger(docId)) notFound();
  const { document } = await requirePageAccess(() => documentAccess(docId, ["supervisor"], projectId));
  const review = loadReview(getDb(), { documentId: document.id });
  if (!review) notFound();
  return <ReviewView initial={review} />;
}
