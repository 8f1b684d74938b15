import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { getDb } from "@/db/client";
import { getUserById } from "@/db/queries/users";
import { ACCOUNT_DISABLED_MESSAGE, SIGN_IN_FIRST_MESSAGE } from "@/lib/auth/session-messages";
import { getAuthSecret } from "./auth-secret";

// next-auth's session cookie: the __Secure- name over HTTPS, the plain one otherwise.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Why a request has no session, in words its sender can act on: a disabled account is told so (signing in again
 * cannot help it), anyone else to sign in. The cookie is only read to find whose it was; it grants nothing.
 */
export async function describeMissingSession(): Promise<string> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return SIGN_IN_FIRST_MESSAGE;
  const token = await decode({ token: raw, secret: getAuthSecret() }).catch(() => null);
  const user = typeof token?.uid === "number" ? getUserById(getDb(), { id: token.uid }) : undefined;
  return user?.disabled ? ACCOUNT_DISABLED_MESSAGE : SIGN_IN_FIRST_MESSAGE;
}
