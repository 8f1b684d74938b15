import Link from "next/link";
import type { ReactNode } from "react";
import { adminOnly } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageAccess(adminOnly);
  return (
    <>
      <nav aria-label="Administration" className="inline" style={{ display: "flex", gap: "1rem", marginBottom: "1rem" }}>
        <Link href="/admin">Users</Link>
        <Link href="/admin/projects">Projects</Link>
      </nav>
      {children}
    </>
  );
}
