import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getAnnotationsByDocumentAndCoder } from "@/db/queries/annotations";
import { getCodesByProject } from "@/db/queries/codes";
import { getAssignedDocumentsByCoder, getAssignment, getDocumentWithSpeaker } from "@/db/queries/documents";
import { getProjectById } from "@/db/queries/projects";
import { getRevealedLayers } from "@/db/queries/revealed-layers";
import type { ProjectRole } from "@/db/schema";
import { SpeakerFacts } from "@/components/speaker-facts";
import { Workspace } from "@/components/workspace/workspace";
import { packAnnotations } from "@/lib/annotations/packed-annotations";
import { toCodeJson } from "@/lib/codebook/code-json";
import { toAssignmentStateJson } from "@/lib/documents/document-json";
import { pickNextUnfinished } from "@/lib/documents/pick-next-unfinished";
import { documentAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";

/**
 * The coding workspace of one statement. The text, the codebook and the caller's own annotations (another coder's
 * only once the supervisor reveals them) come with the page as compact data: the text once, the annotations column by
 * column without the quotes the text holds. The client lays out the text and paints the highlights.
 */
export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const { user, project } = await requirePageAccess(() => documentAccess(id, ["coder", "supervisor"]));
  const data = loadWorkspace(id, user.id, project.role);
  if (!data) notFound();
  const { document, speaker, ...props } = data;
  return (
    <Workspace
      {...props}
      document={{ id: document.id, title: document.title, text: document.text, direction: document.direction, language: document.language }}
      role={project.role}
      projectId={project.id}
      userId={user.id}
      facts={<SpeakerFacts speaker={speaker} statementDate={document.statementDate} sourceName={document.sourceName} />}
    />
  );
}

function loadWorkspace(documentId: number, userId: number, role: ProjectRole) {
  const db = getDb();
  const row = getDocumentWithSpeaker(db, { id: documentId });
  const project = row && getProjectById(db, { id: row.document.projectId });
  if (!row || !project) return null;
  const assigned = role === "coder" ? getAssignedDocumentsByCoder(db, { coderId: userId }) : [];
  return {
    ...row,
    codes: getCodesByProject(db, { projectId: project.id }).map(toCodeJson),
    annotations: packAnnotations(
      row.document.text,
      getAnnotationsByDocumentAndCoder(db, { documentId, coderId: userId }).map(({ id, codeId, start, end, quote, memo }) => ({ id, code: codeId, start, end, quote, memo })),
    ),
    assignment: toAssignmentStateJson(getAssignment(db, { documentId, coderId: userId }), project),
    // When this copy was read: the client keeps a newer copy it already holds instead of this one.
    loadedAt: Date.now(),
    nextDocumentId: pickNextUnfinished(assigned, documentId)?.id ?? null,
    progress: assigned.length > 0 ? { submitted: assigned.filter((item) => item.status === "submitted").length, total: assigned.length } : null,
    // A coder sees the others' work only once the supervisor reveals it (blind coding until then).
    revealed: role === "coder" && project.annotationsRevealed ? getRevealedLayers(db, { documentId, exceptCoderId: userId }) : null,
  };
}
