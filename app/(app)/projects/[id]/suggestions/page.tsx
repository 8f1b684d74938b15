import { notFound } from "next/navigation";
import { SuggestionModelPanel } from "@/components/suggest/suggestion-model-panel";
import { getDb } from "@/db/client";
import { getMembersByProject } from "@/db/queries/projects";
import { MIN_CODED_SENTENCES } from "@/lib/suggest/check-trainable";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { readSuggestionModel } from "@/services/suggest/read-suggestion-model";

export default async function SuggestionsPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  await requirePageAccess(() => projectAccess(id, ["supervisor"]));
  const db = getDb();
  const coders = getMembersByProject(db, { projectId: id })
    .filter((member) => member.role === "coder")
    .map(({ login, displayName }) => ({ login, displayName }));

  return (
    <>
      <h1>Learned suggestions</h1>
      <p className="muted">
        A model of each code learns from the sentences of a layer (word and character n-grams, computed on this server; no text leaves it) and is
        measured by cross-validation on whole statements before anything is suggested. A code needs at least {MIN_CODED_SENTENCES} coded sentences in
        two statements.
      </p>
      <SuggestionModelPanel projectId={id} coders={coders} initial={readSuggestionModel(db, { projectId: id })} />
    </>
  );
}
