import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { type AccessRule, authorize, type Granted } from "./authorize";
import { AppError } from "./errors";
import { getSessionUser, type SessionUser } from "./session-user";

/** The signed-in user of a page, or a redirect to sign-in. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  return user;
}

/** Authorizes a page as `authorize` does for routes: not a member → 404 page, wrong role → 403 page. */
export async function requirePageAccess<R extends AccessRule>(rule: (user: SessionUser) => R): Promise<Granted<R>> {
  const user = await requirePageUser();
  try {
    return authorize(getDb(), user, rule(user));
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") notFound();
    if (error instanceof AppError && error.kind === "forbidden") forbidden();
    throw error;
  }
}
