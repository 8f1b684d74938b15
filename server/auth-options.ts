import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { deleteSession, getUserBySession, insertSession } from "@/db/queries/sessions";
import { getUserByLogin } from "@/db/queries/users";
import { verifyPasswordOrPretend } from "@/lib/auth/password";
import { createLoginThrottle } from "@/lib/auth/login-throttle";
import { getAuthSecret } from "./auth-secret";
import { retryWhenBusy } from "./retry-when-busy";

// Per login name: a few tries, then wait. Per address: more, since several people may share one.
const byLogin = createLoginThrottle({ freeAttempts: 5, windowMs: 10 * 60_000 });
const byAddress = createLoginThrottle({ freeAttempts: 50, windowMs: 10 * 60_000 });

const SESSION_SECONDS = 12 * 60 * 60;

export const THROTTLED_ERROR = "throttled";

/** A signed-out, disabled or replaced session: an expected outcome, so it is not logged as a server error. */
class SessionEndedError extends Error {
  override name = "SessionEndedError";
}

/** scripts/serve.mjs replaces X-Forwarded-For with the one address it trusts (see TRUST_PROXY), so this is never the client's say. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" && forwarded ? forwarded : "local";
}

export const authOptions: NextAuthOptions = {
  // A getter, so the secret is read when a request needs it, not when `next build` loads this module.
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Password",
      credentials: { login: { label: "Login", type: "text" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const login = credentials?.login?.trim() ?? "";
        const password = credentials?.password ?? "";
        const loginKey = `login:${login.toLowerCase()}`;
        const addressKey = `address:${clientAddress(request?.headers)}`;
        if (byLogin.begin([loginKey]) > 0) throw new Error(THROTTLED_ERROR);
        if (byAddress.begin([addressKey]) > 0) {
          byLogin.takeBack(loginKey);
          throw new Error(THROTTLED_ERROR);
        }

        const user = login ? getUserByLogin(getDb(), { login }) : undefined;
        const passwordMatches = await verifyPasswordOrPretend(password, user?.passwordHash);
        if (!user || !passwordMatches || user.disabled) return null;
        byLogin.reset(loginKey);
        byAddress.takeBack(addressKey);
        return { id: String(user.id), name: user.displayName };
      },
    }),
  ],
  callbacks: {
    /**
     * At sign-in the token gets a session row of its own; afterwards it is honoured only while that row exists and
     * the account is active. Throwing makes next-auth answer no session and clear the cookie, on every endpoint.
     * Writes wait their turn while a job holds the database, as a route's do.
     */
    async jwt({ token, user }) {
      const db = getDb();
      if (user) {
        const sid = randomUUID();
        await retryWhenBusy(async () => insertSession(db, { id: sid, userId: Number(user.id), expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000) }));
        return { ...token, uid: Number(user.id), sid };
      }
      const active = token.sid ? getUserBySession(db, { id: token.sid }) : undefined;
      if (!active || active.disabled || active.id !== token.uid) throw new SessionEndedError("This session has ended.");
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.sid = token.sid;
      return session;
    },
  },
  logger: {
    error(code, metadata) {
      if (metadata instanceof Error && metadata.name === "SessionEndedError") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await retryWhenBusy(async () => deleteSession(getDb(), { id: token.sid! }));
    },
  },
};
