import Link from "next/link";
import type { ProjectRole } from "@/db/schema";

const SUPERVISOR_LINKS = [
  ["", "Overview"],
  ["/agreement", "Agreement"],
  ["/review", "Review"],
  ["/suggestions", "Suggestions"],
  ["/analysis", "Analysis"],
  ["/codebook", "Codebook"],
  ["/import", "Import"],
  ["/export", "Export"],
] as const;

export function ProjectNav({ projectId, role }: { projectId: number; role: ProjectRole }) {
  const links = role === "supervisor" ? SUPERVISOR_LINKS : SUPERVISOR_LINKS.filter(([path]) => path === "/analysis");
  return (
    <nav aria-label="Project" style={{ display: "flex", gap: "1rem", marginBottom: "1rem" }}>
      {links.map(([path, label]) => (
        <Link key={path} href={`/projects/${projectId}${path}`}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
