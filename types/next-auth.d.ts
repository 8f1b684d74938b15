import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    uid: number;
    tokenVersion: number;
  }
  interface User {
    tokenVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    tokenVersion: number;
  }
}
