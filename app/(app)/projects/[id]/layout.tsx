import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ProjectNav } from "@/components/project-nav";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const { project } = await requirePageAccess(() => projectAccess(id, ["supervisor", "coder"]));
  return (
    <>
      <ProjectNav projectId={id} role={project.role} />
      {children}
    </>
  );
}
