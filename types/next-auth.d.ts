import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    uid: number;
    /** The session's row in the sessions table; see server/auth-options.ts. */
    sid: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    sid: string;
  }
}
