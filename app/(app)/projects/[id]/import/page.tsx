import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getImportLimits } from "@/services/import/import-limits";
import { getMembersByProject, getProjectById } from "@/db/queries/projects";
import { ImportPanel } from "@/components/import/import-panel";
import { PasteStatementForm } from "@/components/import/paste-statement-form";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  await requirePageAccess(() => projectAccess(id, ["supervisor"]));
  const db = getDb();
  const project = getProjectById(db, { id });
  if (!project) notFound();
  const coders = getMembersByProject(db, { projectId: id })
    .filter((member) => member.role === "coder")
    .map(({ userId, login }) => ({ userId, login }));

  return (
    <>
      <h1>Import statements into {project.name}</h1>
      <ImportPanel projectId={id} coders={coders} maxFiles={getImportLimits().maxFiles} />
      <h2>Paste one statement</h2>
      <PasteStatementForm projectId={id} />
    </>
  );
}
