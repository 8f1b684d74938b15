import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { getProjectsByMember } from "@/db/queries/projects";
import { SignOutButtons } from "@/components/sign-out-buttons";
import { requirePageUser } from "@/server/page-access";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const memberships = getProjectsByMember(getDb(), { userId: user.id });
  const supervised = memberships.filter((project) => project.role === "supervisor");
  const codes = memberships.some((project) => project.role === "coder");

  return (
    <>
      <header className="site-header">
        <Link href="/" className="brand">
          Testimony Coder
        </Link>
        <nav aria-label="Main">
          {codes && <Link href="/documents">My documents</Link>}
          {supervised.map((project) => (
            <Link key={project.id} href={`/projects/${project.id}`}>
              {project.name}
            </Link>
          ))}
          {user.role === "admin" && <Link href="/admin">Administration</Link>}
        </nav>
        <span className="who">
          Signed in as <strong>{user.displayName}</strong> ({user.login})
        </span>
        <SignOutButtons />
      </header>
      <main>{children}</main>
    </>
  );
}
