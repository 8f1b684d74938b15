import "server-only";
import { getServerSession } from "next-auth";
import { getDb } from "@/db/client";
import { getUserBySession } from "@/db/queries/sessions";
import type { User } from "@/db/schema";
import { authOptions } from "./auth-options";

export type SessionUser = Pick<User, "id" | "login" | "displayName" | "role">;

/**
 * The signed-in user, read from the database on every request: a session token cannot be revoked by itself, so a
 * signed-out session, a disabled user or an ended session (password change, sign-out everywhere) stops here.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.sid) return null;
  const user = getUserBySession(getDb(), { id: session.sid });
  if (!user || user.disabled || user.id !== session.uid) return null;
  return { id: user.id, login: user.login, displayName: user.displayName, role: user.role };
}
