import { and, eq, gt, lte } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { sessions, type User, users } from "../schema";

/** Records a new signed-in session; sessions past their expiry are cleared on the way. */
export function insertSession(db: Db | Tx, { id, userId, expiresAt }: { id: string; userId: number; expiresAt: Date }): void {
  db.transaction((tx) => {
    tx.delete(sessions).where(lte(sessions.expiresAt, new Date())).run();
    tx.insert(sessions).values({ id, userId, expiresAt }).run();
  });
}

/** The user of a session that is still signed in and not expired, whether or not the account is disabled. */
export function getUserBySession(db: Db | Tx, { id }: { id: string }): User | undefined {
  return db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())))
    .get()?.user;
}

export function deleteSession(db: Db | Tx, { id }: { id: string }): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

/** Ends every session of the user (disable, password change, sign-out everywhere). */
export function deleteSessionsOfUser(db: Db | Tx, { userId }: { userId: number }): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
