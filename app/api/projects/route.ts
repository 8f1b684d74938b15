import { getDb } from "@/db/client";
import { getProjectsByMember } from "@/db/queries/projects";
import { apiRoute } from "@/server/api-route";
import { signedIn } from "@/server/authorize";

/** The caller's projects with their role in each. */
export const GET = apiRoute({ access: signedIn }, ({ user }) =>
  getProjectsByMember(getDb(), { userId: user.id }).map(({ id, name, role }) => ({ id, name, role })),
);
