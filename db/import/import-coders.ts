import { sql } from "drizzle-orm";
import { guidKey as key } from "@/lib/refi-qda/guid-key";
import type { RefiUser } from "@/lib/refi-qda/types";
import { recordAudit } from "../audit";
import type { Tx } from "../client";
import { projectMembers, users } from "../schema";
import { recordCreation } from "./import-batch";

/** The account each user of the file maps to, by the user's GUID (guidKey); chosen by the person importing. */
export type UserMap = Map<string, number>;

/**
 * The accounts a REFI-QDA file's codings belong to. A file's user is never matched to an account by name or login
 * (a file could otherwise put work into anyone's account): it goes to the account the person importing mapped it to,
 * or else to a new account named after the user and the tool ("Alice (NVivo 12)"), disabled, made in the batch that
 * first needs it and noted as the batch's. `unusableHash` is a password hash nobody knows: such an account cannot
 * sign in until an administrator sets one. New accounts become coders of the project; no existing member's role
 * is touched. Codings without a user share one such account.
 */
export function makeImportCoders({
  fileUsers,
  userMap,
  origin,
  projectId,
  batchId,
  actorId,
  unusableHash,
}: {
  fileUsers: RefiUser[];
  userMap: UserMap;
  origin: string | null;
  projectId: number;
  batchId: number;
  actorId: number | null;
  unusableHash: string;
}) {
  const idByGuid = new Map<string, number>(userMap);
  const created: { id: number; login: string; displayName: string }[] = [];
  const tool = (origin ?? "").trim() || "imported file";
  return {
    created,
    /** Inside a batch's transaction: the account id of the file's user with this GUID. */
    resolve(tx: Tx, guid: string | null | undefined): number {
      const userKey = key(guid ?? "");
      const known = idByGuid.get(userKey);
      if (known !== undefined) return known;
      const fileUser = fileUsers.find((user) => key(user.guid) === userKey);
      const name = (fileUser?.name ?? fileUser?.id ?? "").trim() || "unknown user";
      const displayName = `${name} (${tool})`;
      const base = `${name}-${tool}`.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "imported";
      let login = base;
      for (let n = 2; tx.select({ id: users.id }).from(users).where(sql`lower(${users.login}) = ${login}`).get() !== undefined; n++) login = `${base}-${n}`;
      const user = tx.insert(users).values({ login, displayName, passwordHash: unusableHash, role: "member", disabled: true }).returning().get();
      recordAudit(tx, { actorId, projectId, entity: "user", entityId: user.id, action: "create", after: { login, displayName, role: user.role, disabled: true, importBatchId: batchId } });
      recordCreation(tx, { batchId, entity: "user", entityId: user.id });
      idByGuid.set(userKey, user.id);
      created.push({ id: user.id, login, displayName });
      return user.id;
    },
    /** Inside the publishing transaction: the new accounts become coders of the project. */
    publish(tx: Tx): void {
      for (const { id } of created) {
        tx.insert(projectMembers).values({ projectId, userId: id, role: "coder" }).run();
        recordAudit(tx, { actorId, projectId, entity: "member", entityId: id, action: "create", after: { projectId, userId: id, role: "coder", importBatchId: batchId } });
      }
    },
  };
}
