import Link from "next/link";
import { getDb } from "@/db/client";
import { getProjects } from "@/db/queries/projects";
import { ActionForm } from "@/components/admin/action-form";
import { adminOnly } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { createProject } from "../actions";

export default async function ProjectsPage() {
  // The page asks itself: a layout's check does not stop this page's own reads from reaching the answer.
  await requirePageAccess(adminOnly);
  const projects = getProjects(getDb());
  return (
    <>
      <h1>Projects</h1>
      {projects.length === 0 ? (
        <p>No projects yet.</p>
      ) : (
        <ul>
          {projects.map((project) => (
            <li key={project.id}>
              <Link href={`/admin/projects/${project.id}`}>{project.name}</Link> <span className="muted">{project.description}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>New project</h2>
      <ActionForm action={createProject} submitLabel="Create project" className="stack panel" label="New project">
        <label>
          Name
          <input type="text" name="name" required />
        </label>
        <label>
          Description
          <textarea name="description" rows={3} />
        </label>
      </ActionForm>
    </>
  );
}
