import "server-only";
import { getServerSession } from "next-auth";
import { getDb } from "@/db/client";
import { getUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { authOptions } from "./auth-options";

export type SessionUser = Pick<User, "id" | "login" | "displayName" | "role">;

/**
 * The signed-in user, read from the database on every request: a session token cannot be revoked by itself, so a
 * disabled user, or a token older than the user's token version (password change, sign-out everywhere), stops here.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  const user = getUserById(getDb(), { id: session.uid });
  if (!user || user.disabled || user.tokenVersion !== session.tokenVersion) return null;
  return { id: user.id, login: user.login, displayName: user.displayName, role: user.role };
}
