import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getProjectsByMember } from "@/db/queries/projects";
import { requirePageUser } from "@/server/page-access";

/** Sends each user where their work is: administrators to administration, supervisors to their project, coders to their documents. */
export default async function StartPage() {
  const user = await requirePageUser();
  if (user.role === "admin") redirect("/admin");
  const memberships = getProjectsByMember(getDb(), { userId: user.id });
  const supervised = memberships.find((project) => project.role === "supervisor");
  if (supervised) redirect(`/projects/${supervised.id}`);
  if (memberships.length > 0) redirect("/documents");
  return (
    <>
      <h1>Welcome</h1>
      <p>You are not a member of any project yet. An administrator adds you to a project with a role.</p>
    </>
  );
}
