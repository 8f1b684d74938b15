import { sql } from "drizzle-orm";
import { guidKey as key } from "@/lib/refi-qda/guid-key";
import type { RefiUser } from "@/lib/refi-qda/types";
import { recordAudit } from "../audit";
import type { Tx } from "../client";
import { users } from "../schema";
import { recordCreation } from "./import-batch";

/**
 * The accounts a REFI-QDA file's codings belong to. A user is matched to an account by login; one that has none gets
 * a disabled account, so its codings stay its own, made in the batch that first needs it and noted as the batch's.
 * `unusableHash` is a password hash nobody knows: such an account can never sign in until an administrator sets one.
 */
export function makeImportCoders({ fileUsers, batchId, actorId, unusableHash }: { fileUsers: RefiUser[]; batchId: number; actorId: number | null; unusableHash: string }) {
  const idByLogin = new Map<string, number>();
  /** Inside a batch's transaction: the account id of the file's user with this GUID. */
  return (tx: Tx, guid: string | null | undefined): number => {
    const fileUser = fileUsers.find((user) => key(user.guid) === key(guid ?? ""));
    const login = (fileUser?.name ?? fileUser?.id ?? "imported").trim().toLowerCase().replace(/[^a-z0-9._-]+/g, "-").slice(0, 40) || "imported";
    const known = idByLogin.get(login) ?? tx.select({ id: users.id }).from(users).where(sql`lower(${users.login}) = ${login}`).get()?.id;
    if (known !== undefined) {
      idByLogin.set(login, known);
      return known;
    }
    const user = tx.insert(users).values({ login, displayName: fileUser?.name ?? login, passwordHash: unusableHash, role: "member", disabled: true }).returning().get();
    recordAudit(tx, { actorId, projectId: null, entity: "user", entityId: user.id, action: "create", after: { login, role: user.role, disabled: true } });
    recordCreation(tx, { batchId, entity: "user", entityId: user.id });
    idByLogin.set(login, user.id);
    return user.id;
  };
}
