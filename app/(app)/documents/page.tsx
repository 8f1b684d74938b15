import { getDb } from "@/db/client";
import { countAnnotationsByDocument } from "@/db/queries/annotations";
import { getAssignedDocumentsByCoder } from "@/db/queries/documents";
import { getProjectsByMember } from "@/db/queries/projects";
import { MyDocuments } from "@/components/documents/my-documents";
import { filterFromParams } from "@/lib/documents/document-filter-params";
import { requirePageUser } from "@/server/page-access";

/** The documents assigned to the signed-in coder, with their status and how many passages they coded in each. */
export default async function MyDocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const db = getDb();
  const counts = countAnnotationsByDocument(db, { coderId: user.id });
  const projects = new Map(getProjectsByMember(db, { userId: user.id }).map((project) => [project.id, project.name]));
  const rows = getAssignedDocumentsByCoder(db, { coderId: user.id }).map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    projectName: projects.get(row.projectId) ?? "",
    speakerAlias: row.speakerAlias,
    speakerCountry: row.speakerCountry,
    speakerRegion: row.speakerRegion,
    speakerGender: row.speakerGender,
    statementDate: row.statementDate,
    annotationCount: counts.get(row.id) ?? 0,
  }));
  return <MyDocuments rows={rows} initialFilter={filterFromParams(await searchParams)} />;
}
