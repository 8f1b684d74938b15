import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { type User, users } from "../schema";

export function getUserById(db: Db | Tx, { id }: { id: number }): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** Logins are unique without regard to case, so "Alice" finds alice. */
export function getUserByLogin(db: Db | Tx, { login }: { login: string }): User | undefined {
  return db
    .select()
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`)
    .get();
}

export function getUsers(db: Db): User[] {
  return db.select().from(users).orderBy(asc(users.login)).all();
}

export function countActiveUsersByLogins(db: Db, { logins }: { logins: readonly string[] }): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(sql`${inArray(users.login, [...logins])} and ${users.disabled} = 0`)
    .get();
  return row?.n ?? 0;
}

export function insertUser(
  tx: Db | Tx,
  values: { login: string; displayName: string; passwordHash: string; role: User["role"] },
): User {
  return tx.insert(users).values(values).returning().get();
}

export function updateUser(
  tx: Db | Tx,
  { id, changes }: { id: number; changes: Partial<Pick<User, "displayName" | "passwordHash" | "role" | "disabled">> },
): User | undefined {
  return tx
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning()
    .get();
}
