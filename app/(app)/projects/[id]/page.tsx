import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getDocumentsByProject, getProgressByCoder } from "@/db/queries/documents";
import { getMembersByProject, getProjectById } from "@/db/queries/projects";
import { getProgressByDocument } from "@/db/queries/review";
import { ADJUDICATION_STATUS_LABELS } from "@/lib/review/review-json";
import { RoundControls } from "@/components/round-controls";
import { countOf } from "@/lib/analysis/count-of";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { changeRound } from "./actions";

export default async function ProjectOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  await requirePageAccess(() => projectAccess(id, ["supervisor"]));
  const db = getDb();
  const project = getProjectById(db, { id });
  if (!project) notFound();
  const documents = getDocumentsByProject(db, { projectId: id });
  const members = getMembersByProject(db, { projectId: id });
  const progress = new Map(getProgressByCoder(db, { projectId: id }).map((row) => [row.coderId, row]));
  const coders = members.filter((member) => member.role === "coder");
  const documentProgress = new Map(getProgressByDocument(db, { projectId: id }).map((row) => [row.documentId, row]));

  return (
    <>
      <h1>{project.name}</h1>
      <p className="muted">{project.description}</p>
      <RoundControls
        projectId={id}
        round={project.round}
        roundLocked={project.roundLocked}
        annotationsRevealed={project.annotationsRevealed}
        suggestionsVisible={project.suggestionsVisible}
        changeRound={changeRound}
      />
      <p>
        {countOf(documents.length, "statement")} · {countOf(coders.length, "coder")} · {countOf(members.length - coders.length, "supervisor")}
      </p>

      <h2>Progress by coder</h2>
      {coders.length === 0 ? (
        <p>No coders yet. The administrator adds members to the project.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Coder</th>
              <th>Assigned</th>
              <th>In progress</th>
              <th>Submitted</th>
              <th>Last change</th>
            </tr>
          </thead>
          <tbody>
            {coders.map((coder) => {
              const row = progress.get(coder.userId);
              return (
                <tr key={coder.userId}>
                  <td>
                    {coder.displayName} ({coder.login})
                  </td>
                  <td>{row?.assigned ?? 0}</td>
                  <td>{row?.inProgress ?? 0}</td>
                  <td>{row?.submitted ?? 0}</td>
                  <td>{row?.lastChange ? new Date(row.lastChange).toISOString().slice(0, 16).replace("T", " ") : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h2>Statements</h2>
      {documents.length === 0 ? (
        <p>No statements yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Statement</th>
              <th>Speaker</th>
              <th>Country</th>
              <th>Region</th>
              <th>Gender</th>
              <th>Defected</th>
              <th>Submitted by</th>
              <th>Adjudication</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id}>
                <td>
                  <Link href={`/documents/${document.id}`} dir="auto">
                    {document.title}
                  </Link>{" "}
                  <Link href={`/projects/${id}/documents/${document.id}`} className="muted" aria-label={`Edit facts of ${document.title}`}>
                    edit
                  </Link>
                </td>
                <td>{document.speakerAlias ?? "—"}</td>
                <td>{document.speakerCountry ?? "unknown"}</td>
                <td>{document.speakerRegion ?? "unknown"}</td>
                <td>{document.speakerGender ?? "unknown"}</td>
                <td>{document.speakerDefectionDate ?? "unknown"}</td>
                <td>
                  {documentProgress.get(document.id)?.submitted ?? 0} of {documentProgress.get(document.id)?.assigned ?? 0} coders
                </td>
                <td>
                  <Link href={`/projects/${id}/review/${document.id}`}>{ADJUDICATION_STATUS_LABELS[documentProgress.get(document.id)?.adjudication ?? "not_started"]}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
