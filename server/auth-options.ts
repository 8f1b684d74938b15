import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { getUserByLogin } from "@/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";
import { createLoginThrottle } from "@/lib/auth/login-throttle";
import { getAuthSecret } from "./auth-secret";

// Per login name: a few tries, then wait. Per address: more, since several people may share one.
const byLogin = createLoginThrottle({ freeAttempts: 5, windowMs: 10 * 60_000 });
const byAddress = createLoginThrottle({ freeAttempts: 50, windowMs: 10 * 60_000 });

export const THROTTLED_ERROR = "throttled";

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" && forwarded ? forwarded.split(",")[0]!.trim() : "local";
}

export const authOptions: NextAuthOptions = {
  // A getter, so the secret is read when a request needs it, not when `next build` loads this module.
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
        if (byLogin.retryAfterMs(loginKey) > 0 || byAddress.retryAfterMs(addressKey) > 0) throw new Error(THROTTLED_ERROR);

        const user = login ? getUserByLogin(getDb(), { login }) : undefined;
        // Compare even without a user so that timing does not tell which part was wrong.
        const passwordMatches = await verifyPassword(password, user?.passwordHash ?? "$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinv");
        if (!user || !passwordMatches || user.disabled) {
          byLogin.recordFailure(loginKey);
          byAddress.recordFailure(addressKey);
          return null;
        }
        byLogin.reset(loginKey);
        return { id: String(user.id), name: user.displayName, tokenVersion: user.tokenVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.tokenVersion = user.tokenVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.tokenVersion = token.tokenVersion;
      return session;
    },
  },
};
