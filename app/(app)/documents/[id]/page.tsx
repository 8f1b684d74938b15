import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getDocumentWithSpeaker } from "@/db/queries/documents";
import { SpeakerFacts } from "@/components/speaker-facts";
import { documentAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  await requirePageAccess(() => documentAccess(id, ["coder", "supervisor"]));
  const row = getDocumentWithSpeaker(getDb(), { id });
  if (!row) notFound();
  const { document, speaker } = row;

  return (
    <>
      <h1 dir="auto">{document.title}</h1>
      <div className="panel">
        <SpeakerFacts speaker={speaker} statementDate={document.statementDate} sourceName={document.sourceName} />
      </div>
      <article className="panel statement-text" dir={document.direction} lang={document.language ?? undefined}>
        {document.text}
      </article>
    </>
  );
}
