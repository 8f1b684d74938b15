import Link from "next/link";
import { getDb } from "@/db/client";
import { getProjects } from "@/db/queries/projects";
import { ActionForm } from "@/components/admin/action-form";
import { createProject } from "../actions";

export default function ProjectsPage() {
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
